import { defineCheck } from '../engine/check';
import { percentages } from '../engine/extract';

const DELAY_PENALTY = {
  fr: /pénalités? (de retard )?(de|dans la) (livraison|réalisation|mise en production)|pénalités? de retard(?! de paiement)|par (jour|semaine) (calendaire |ouvré |ouvrable )?de retard|délais? de rigueur/i,
  en: /delay penalt(y|ies)|penalt(y|ies) for (late delivery|delay)|liquidated damages for (each day of |any )?(delay|late)|per (calendar |business )?(day|week) of delay|for each (calendar |business )?(day|week) (of delay|(that )?(the )?(Deliverables?|Services?|Milestone) (is|are) late)|service credits?|time (is|shall be) of the essence[^.]{0,80}(penalt|liquidated damages)/i,
};

/** Late-payment penalties are PY-04's business. */
const PAYMENT = {
  fr: /paiement|facture|règlement|sommes dues|taux (d'intérêt|BCE|directeur|de refinancement)|intérêts? de retard|frais de recouvrement/i,
  en: /late payment|overdue|invoice|interest (on|at)|unpaid/i,
};

const CAP_WORD = {
  fr: /plafonnée?s?|dans la limite|ne (saurait|pourra|peut)[^.]{0,30}(excéder|dépasser)|maximum|plafond/i,
  en: /capped|cap of|not (to )?exceed|limited to|maximum|in aggregate/i,
};

/** Only delays the user caused; client-caused delays suspend the deadlines. */
const EXCUSE = {
  fr: /imputables? (au|exclusivement au|uniquement au) (Prestataire|Consultant|Sous-traitant|Titulaire)|sauf (retard|faute|fait) (imputable au |du )?(Client|client final)|suspen(dus|sion)[^.]{0,60}(retard|fait) du Client/i,
  en: /attributable (solely )?to (the )?(Contractor|Consultant|Supplier|Provider)|caused (solely )?by (the )?(Contractor|Consultant|Supplier|Provider)|(except|excluding|other than) (for )?delays? caused by (the )?(Client|Company|Customer)/i,
};

export default defineCheck({
  id: 'LB-05',
  category: 'penalty',
  severity: 'medium',
  kind: 'risky',
  party: 'user-bound',
  thresholds: [
    {
      name: 'delayPenaltyMaxCapPercent',
      default: 10,
      unit: 'percent',
      label: {
        fr: 'Plafond acceptable des pénalités de retard (% du prix)',
        en: 'Acceptable cap on delay penalties (% of the price)',
      },
    },
  ],
  assess({ unit }, doc) {
    // Delivery-delay penalties weigh on whoever delivers: the provider.
    if (doc.role !== 'provider') return null;
    const lang = unit.lang;
    // The cap is often the next sentence ("Les pénalités sont plafonnées à 10 %").
    const next = doc.units[unit.index + 1];
    const scope = next ? `${unit.text} ${next.text}` : unit.text;
    const pcts = percentages(scope, lang);
    const rate = pcts.find((p) => p.base === 'per-day' || p.base === 'per-week')?.value ?? null;
    const capped = CAP_WORD[lang].test(scope);
    const cap = capped ? (pcts.find((p) => p.base === 'total' || p.base === 'fees' || p.base === 'unknown')?.value ?? null) : null;
    const excuse = EXCUSE[lang].test(scope);
    const params = { rate_per_day: rate, cap_pct: cap, client_delay_excuse: excuse };
    if (!capped) return { severity: 'high', params };
    if (cap !== null && cap > doc.threshold('delayPenaltyMaxCapPercent')) return { severity: 'medium', params };
    if (!excuse) return { severity: 'medium', params };
    return null;
  },
  fr: {
    triggers: [DELAY_PENALTY.fr],
    unless: [PAYMENT.fr],
    text: {
      title: 'Pénalités de retard de livraison sans plafond',
      explanation:
        "Chaque jour de retard vous coûte un pourcentage du prix, sans plafond ni exception pour les retards causés par le client (validations tardives, accès non fournis) : la pénalité peut absorber toute votre rémunération.",
      basis:
        "Repère de pratique : dans les marchés publics informatiques (CCAG 2021), les pénalités de retard sont plafonnées à 10 % du montant du marché ou de la commande, après une phase contradictoire. Le juge peut modérer une pénalité manifestement excessive (C. civ. 1231-5).",
      suggestion:
        "« Les pénalités de retard ne s'appliquent qu'aux retards exclusivement imputables au Prestataire, après mise en demeure restée sans effet. Elles sont plafonnées à 5 % du montant HT de la commande concernée et ont un caractère libératoire. Les délais sont suspendus de plein droit pendant tout retard du fait du Client. »",
    },
    examples: {
      flagged: [
        "⟦En cas de retard dans la livraison des lots, le Prestataire sera redevable de pénalités de retard de 1 % du montant de la commande par jour calendaire de retard.⟧",
        "Les délais de livraison sont impératifs. ⟦Le Prestataire supportera des pénalités de livraison égales à 500 € par semaine de retard, cumulables sans limite.⟧",
        "⟦Les pénalités de retard de livraison dues par le Prestataire, de 2 % par jour de retard, sont plafonnées à 30 % du prix total.⟧",
      ],
      clean: [
        "Les pénalités de retard, dues uniquement pour les retards imputables au Prestataire, sont de 0,5 % par jour de retard et plafonnées à 5 % du montant de la commande.",
        "Tout retard de paiement entraîne de plein droit des pénalités de retard au taux BCE majoré de 10 points.",
        "Le Client versera des pénalités de retard de 1 % par jour de retard de paiement des factures.",
      ],
    },
  },
  en: {
    triggers: [DELAY_PENALTY.en],
    unless: [PAYMENT.en],
    text: {
      title: 'Uncapped delay penalties',
      explanation:
        'Each day of delay costs you a share of the price, with no cap and no exception for delays the client causes (late approvals, missing access): penalties can wipe out your whole fee.',
      basis:
        'Practice benchmark: French public IT contracts (CCAG 2021) cap delay penalties at 10 % of the contract or order value after an adversarial step. England: a penalty out of all proportion to a legitimate interest is unenforceable (Cavendish v Makdessi [2015] UKSC 67).',
      suggestion:
        '"Delay penalties apply only to delays solely attributable to Contractor, after written notice, and shall not exceed 5% of the fees for the affected milestone in aggregate, as Client\'s sole remedy for delay. Deadlines are extended by any delay caused by Client."',
    },
    examples: {
      flagged: [
        '⟦Contractor shall pay delay penalties of 1% of the fees for each day the Deliverables are late.⟧',
        'Delivery dates are firm. ⟦Time is of the essence and Supplier shall pay liquidated damages of $500 per day of delay.⟧',
        '⟦Consultant shall pay delay penalties of 2% per day of delay, capped at 25% of the total fees.⟧',
      ],
      clean: [
        'Contractor shall pay delay penalties of 0.5% per day of delay for delays attributable solely to Contractor, capped at 5% of the milestone fees.',
        'Overdue invoices shall bear interest at 1% per month.',
        'Late payment by Client shall incur a late fee of 1.5% per month on the unpaid invoice.',
      ],
    },
  },
});
