import { defineCheck, type Assessment } from '../engine/check';
import { durations, percentages } from '../engine/extract';
import { roleOfName } from '../engine/parties';

const CHANGE = {
  fr: /(se r[ée]serve le droit de|pourra|peut|aura la facult[ée] de)[^.]{0,40}(r[ée]viser|modifier|ajuster|baisser|diminuer|revoir|r[ée]duire|augmenter)[^.]{0,60}(tarifs?|prix|TJM|taux|r[ée]mun[ée]ration|honoraires)/i,
  en: /(may|reserves? the right to|can|is entitled to)[^.]{0,40}(adjust|change|modify|revise|reduce|increase|amend|vary|alter)[^.]{0,60}(fees|rates?|prices?|pricing|compensation|charges)/i,
};
// Passive wording names who decides: "pourront être revus à la demande de la Société", "may be reduced by Company".
const PASSIVE_CHANGE = {
  fr: /(tarifs?|prix|TJM|taux|r[ée]mun[ée]ration|honoraires)[^.]{0,40}(pourr(a|ont)|peu(t|vent)) [êe]tre (revue?s?|r[ée]vis[ée]e?s?|modifi[ée]e?s?|ajust[ée]e?s?|diminu[ée]e?s?|baiss[ée]e?s?|r[ée]duite?s?)[^.]{0,60}(à la (demande|discr[ée]tion|seule initiative)|au gr[ée]|par) (du|de la|de l'|le|la|l') ?([a-zéè' -]{2,30})/i,
  en: /(fees|rates?|prices?|compensation)[^.]{0,40}(may|can) be (adjusted|changed|modified|revised|reduced|decreased)[^.]{0,40}(by|at the (request|discretion) of) (the )?([a-z -]{2,30})/i,
};
const IMPOSED = {
  fr: /(remise|rabais|ristourne|escompte)[^.]{0,60}\d+([.,]\d+)? ?%|frais (de r[ée]f[ée]rencement|de gestion|de service|de plateforme|d'interm[ée]diation|de portage)[^.]{0,80}\d+([.,]\d+)? ?%/i,
  en: /(platform|service|management|referral|processing|agency|finder's) fees?[^.]{0,80}\d+([.,]\d+)? ?%|(volume|mandatory|early[- ]payment) discount/i,
};
const FROZEN = {
  fr: /(TJM|prix|tarifs?|taux)[^.]{0,60}(fermes? et (non r[ée]visables?|d[ée]finitifs?)|non r[ée]visables?|fermes?[^.]{0,40}(pendant toute la dur[ée]e|y compris[^.]{0,20}renouvellements?))/i,
  en: /(rates?|fees|prices?)[^.]{0,40}(fixed|firm|not (be )?subject to (any )?(increase|adjustment|revision))[^.]{0,60}(term|renewals?|duration)/i,
};

export default defineCheck({
  id: 'PY-08',
  category: 'price-change',
  severity: 'high',
  kind: 'risky',
  // A price change is a risk when the other side decides it; a frozen rate has no subject at all.
  party: 'any',
  thresholds: [
    {
      name: 'frozenPriceMaxMonths',
      default: 12,
      unit: 'months',
      label: { fr: 'Durée au-delà de laquelle un prix ferme doit être révisable', en: 'Term after which a fixed rate should be revisable' },
    },
  ],
  assess({ unit }, doc): Assessment | null {
    const lang = unit.lang;
    const passive = PASSIVE_CHANGE[lang].exec(unit.text);
    if (passive) {
      const decider = roleOfName(passive[passive.length - 1]!.trim());
      if (decider && decider !== doc.role) return { severity: 'high', params: { unilateral_price_change: true } };
    }
    if (CHANGE[lang].test(unit.text)) {
      if (unit.actor === 'user' || unit.actor === 'mutual') return null;
      return { severity: 'high', params: { unilateral_price_change: true } };
    }
    if (IMPOSED[lang].test(unit.text)) {
      if (doc.role !== 'provider') return null;
      const pct = percentages(unit.text, lang).map((p) => p.value);
      return { variant: 'imposed-fee', severity: 'medium', params: { unilateral_price_change: false, imposed_fee_pct: pct.length ? Math.max(...pct) : null } };
    }
    if (FROZEN[lang].test(unit.text)) {
      if (doc.role !== 'provider') return null;
      const months = durations(unit.text, lang).map((d) => d.months);
      const term = months.length ? Math.max(...months) : null;
      const renewals = /renouvel|reconduc|renewal|extension/i.test(unit.text);
      if (!renewals && term !== null && term <= doc.threshold('frozenPriceMaxMonths')) return null;
      return { variant: 'frozen', severity: 'low', params: { unilateral_price_change: false, term_months: term, indexation: false } };
    }
    return null;
  },
  fr: {
    triggers: [CHANGE.fr, PASSIVE_CHANGE.fr, IMPOSED.fr, FROZEN.fr],
    unless: [/prix (en vigueur|communiqu[ée]s|affich[ée]s|indiqu[ée]s)[^.]{0,40}(au moment|lors)|n'est appliqu[ée] qu'aux (commandes|renouvellements)|(applicables?|appliqu[ée]s?) (aux|qu'aux) (commandes|nouvelles commandes)|avenant (sign[ée]|[ée]crit)|d'un commun accord|accord (des deux|entre les) parties|accord [ée]crit du prestataire/i],
    text: {
      title: 'Prix modifiable par l\'autre partie ou figé',
      explanation:
        "L'autre partie peut modifier votre tarif seule, vous impose une remise ou des frais, ou votre prix reste figé sur plusieurs années et renouvellements sans révision.",
      basis:
        "Le contrat ne peut être modifié que du consentement mutuel des parties (C. civ. 1193) ; la fixation unilatérale du prix n'est admise que dans les contrats cadre ou de prestation de service, sous conditions, et doit être motivée (C. civ. 1164, 1165). Obtenir un avantage sans contrepartie ou un déséquilibre significatif engage la responsabilité (C. com. L442-1 I 1° et 2°). Les prestations informatiques s'indexent couramment sur l'indice Syntec (usage).",
      suggestion:
        "« Le prix ne peut être modifié que par avenant signé des deux Parties. Pour toute durée supérieure à douze mois, renouvellements compris, le TJM est révisé chaque année selon l'indice Syntec ou par renégociation. »",
    },
    variants: {
      'imposed-fee': {
        title: 'Remise ou frais imposés',
        explanation:
          "Une remise, des frais de référencement ou de gestion sont prélevés sur votre rémunération sans contrepartie identifiée : votre tarif réel est plus bas que le tarif affiché.",
        suggestion:
          "« Aucune remise ni aucuns frais ne sont déduits des factures du Prestataire, sauf accord écrit précisant leur contrepartie (volume garanti, délai de paiement réduit). »",
      },
      frozen: {
        title: 'Prix figé sans révision',
        explanation:
          "Votre tarif est ferme sur une longue durée, renouvellements compris, sans indexation ni renégociation : l'inflation et votre montée en compétence ne sont jamais prises en compte.",
      },
    },
    examples: {
      flagged: [
        "⟦Le Client se réserve le droit de réviser unilatéralement le TJM du Prestataire en fonction de ses contraintes budgétaires.⟧",
        "Le TJM est fixé à 600 € HT. ⟦Des frais de référencement de 8 % seront déduits de chaque facture du Consultant.⟧",
        "⟦Le TJM est ferme et non révisable pendant toute la durée du contrat, y compris en cas de renouvellement.⟧",
        "⟦Le Consultant reconnaît que ses tarifs pourront être revus à la baisse à la demande de la Société.⟧",
      ],
      clean: [
        "Le prix ne peut être modifié que par avenant signé des deux Parties.",
        "Le Prestataire pourra réviser ses tarifs chaque année en informant le Client deux mois à l'avance.",
        "Le TJM est ferme pour la durée initiale de six (6) mois.",
        "Les tarifs pourront être révisés chaque année à la demande du Prestataire, par avenant.",
      ],
    },
  },
  en: {
    triggers: [CHANGE.en, PASSIVE_CHANGE.en, IMPOSED.en, FROZEN.en],
    unless: [/(apply|applies) (only )?to (future|new|subsequent) (orders|purchases|renewals)|mutual(ly)? (written )?agree|written amendment signed by both|agreed in writing by both|with (the )?(contractor|consultant)'s (prior )?written consent/i],
    text: {
      title: 'Price changed by the other side, or frozen',
      explanation:
        'The other side can change your rate (or your price) on its own, imposes a discount or fee on you, or fixes your rate for years and renewals with no review.',
      basis:
        'A contract can only be changed by agreement of both parties; unilateral price changes are a classic unfair term. Practice: annual rate review (index or renegotiation) for engagements beyond a year.',
      suggestion:
        '"Fees may only be changed by a written amendment signed by both parties. For any engagement longer than twelve (12) months, including renewals, rates are reviewed annually."',
    },
    variants: {
      'imposed-fee': {
        title: 'Discount or fee imposed on you',
        explanation:
          'A discount, platform or management fee is taken from your pay with no identified counterpart: your real rate is lower than the rate on paper.',
        suggestion:
          '"No discount or fee shall be deducted from Contractor\'s invoices unless agreed in writing together with its counterpart (guaranteed volume, shorter payment term)."',
      },
      frozen: {
        title: 'Rate frozen with no review',
        explanation:
          'Your rate is fixed for a long period, renewals included, with no indexation or review: inflation and your growing expertise are never reflected.',
      },
    },
    examples: {
      flagged: [
        '⟦Company may adjust the hourly rate at any time upon written notice to Contractor.⟧',
        'Freelancer will be paid through the Platform. ⟦A platform fee of 20% will be deducted from every payment to the Freelancer.⟧',
        '⟦We reserve the right to change our prices for the Services at any time.⟧',
        '⟦The Client may vary the Fees by written notice to the Consultant.⟧',
      ],
      clean: [
        'Fees may only be changed by a written amendment signed by both parties.',
        'Contractor may increase its rates once per year on sixty (60) days\' notice.',
        'The hourly rate is $90 for the initial three-month term.',
      ],
    },
  },
});
