import { defineCheck } from '../engine/check';
import { durations } from '../engine/extract';

const BEFORE = /^[^.]{0,25}?(avant|before|prior to|preceding)/i;
const OTHER_ONLY = {
  fr: /(le client|la soci[ée]t[ée]|le donneur d'ordre|l'esn)( seul)? (pourra|peut) (d[ée]noncer|s'opposer|s'y opposer|mettre fin|y mettre fin)|seul(e)? (le client|la soci[ée]t[ée]|le donneur d'ordre|l'esn) (pouvant|pourra|peut)/i,
  en: /(company|client|customer|we)( alone| only)? (may|can) (elect not to renew|opt out|terminate|give notice of non-renewal|cancel)|unless (the )?(company|client|customer|we) (gives?|provides?|sends?|elects?)/i,
};

export default defineCheck({
  id: 'TR-06',
  category: 'renewal',
  severity: 'low',
  kind: 'risky',
  party: 'any',
  thresholds: [
    {
      name: 'renewalMaxMonths',
      default: 12,
      unit: 'months',
      label: { fr: 'Durée de reconduction tolérée', en: 'Tolerated renewal term' },
    },
    {
      name: 'renewalOptOutMaxDays',
      default: 90,
      unit: 'days',
      label: { fr: 'Délai de dénonciation avant échéance toléré', en: 'Tolerated opt-out notice before renewal' },
    },
  ],
  assess({ unit }, doc) {
    const found = durations(unit.text, unit.lang);
    // A duration followed by "avant / before" is the opt-out window; the others are terms.
    const windows = found.filter((d) => BEFORE.test(unit.text.slice(d.index + d.length))).map((d) => d.days);
    const terms = found.filter((d) => !BEFORE.test(unit.text.slice(d.index + d.length))).map((d) => d.months);
    const optOut = windows.length ? Math.max(...windows) : null;
    const renewal = terms.length ? Math.max(...terms) : null;
    const otherOnly = doc.role === 'provider' && OTHER_ONLY[unit.lang].test(unit.text) && unit.actor !== 'mutual';
    const params = {
      renewal_term_months: renewal === null ? null : Math.round(renewal),
      opt_out_window_days: optOut,
      who_can_opt_out: otherOnly ? 'other' : 'both',
    };
    const longTerm = renewal !== null && renewal >= doc.threshold('renewalMaxMonths');
    const longWindow = optOut !== null && optOut >= doc.threshold('renewalOptOutMaxDays');
    if ((longTerm && longWindow) || otherOnly) return { severity: 'medium', params };
    if (!longTerm && (optOut === null || optOut <= 30)) return null;
    return { severity: 'low', params };
  },
  fr: {
    triggers: [
      /tacite(ment)? reconduc|reconduit(e|s)? tacitement|reconduction tacite|renouvel[a-zé]*[^.]{0,40}(automatiquement|tacitement|de plein droit|par p[ée]riodes? successives?)|reconduit(e|s)? (automatiquement|de plein droit|par p[ée]riodes?)/i,
    ],
    text: {
      title: 'Reconduction tacite',
      explanation:
        "Le contrat se renouvelle tout seul si vous ne le dénoncez pas à temps : une longue période de reconduction ou un délai de dénonciation éloigné vous engagent aux mêmes conditions (et au même tarif) sans renégociation.",
      basis:
        "Le renouvellement ou la tacite reconduction crée un nouveau contrat au contenu identique (C. civ. 1214 et 1215) ; les rappels obligatoires de la loi Chatel ne bénéficient qu'aux consommateurs. La pratique recommande un délai de dénonciation de 30 à 60 jours, ouvert aux deux parties, et une révision du tarif à chaque renouvellement.",
      suggestion:
        "« Le contrat pourra être renouvelé par avenant écrit signé des deux Parties, qui fixe le tarif applicable. À défaut, chacune des Parties pourra s'opposer au renouvellement par écrit au plus tard trente (30) jours avant l'échéance. »",
    },
    examples: {
      flagged: [
        "⟦Le contrat est renouvelé par tacite reconduction par périodes successives de douze (12) mois, sauf dénonciation par lettre recommandée trois (3) mois avant l'échéance.⟧",
        "Le contrat prend effet à sa signature. ⟦Il se renouvelle automatiquement par périodes d'un an, seul le Client pouvant s'y opposer.⟧",
        "⟦À l'issue de la période initiale, le contrat sera reconduit tacitement pour une durée de six (6) mois, sauf dénonciation deux (2) mois avant son terme.⟧",
      ],
      clean: [
        "Le contrat pourra être renouvelé par avenant écrit signé des deux Parties.",
        "Le contrat est reconduit tacitement par périodes d'un (1) mois, chacune des Parties pouvant s'y opposer quinze (15) jours avant l'échéance.",
        "Le contrat est conclu pour une durée de six mois et prend fin à son terme sans formalité.",
      ],
    },
  },
  en: {
    triggers: [/automatic(ally)? renew|auto-renew|evergreen (clause|basis|term|contract|renewal)|(shall|will) (automatically )?renew|renew(ed|s)? (automatically )?for (successive|additional|subsequent|further)/i],
    text: {
      title: 'Automatic renewal',
      explanation:
        'The contract renews by itself unless you give notice in time: a long renewal term or an early opt-out deadline locks you into the same terms (and rate) without renegotiation.',
      basis:
        'Freelance guides recommend a 30–60 day opt-out window available to both parties and a rate review at each renewal.',
      suggestion:
        '"This Agreement may be renewed by written amendment signed by both parties setting the applicable rates. Otherwise, either party may elect not to renew by written notice given at least thirty (30) days before the end of the then-current term."',
    },
    examples: {
      flagged: [
        '⟦This Agreement shall automatically renew for successive twelve (12) month terms unless either party gives notice of non-renewal at least ninety (90) days before the end of the then-current term.⟧',
        'The initial term is one (1) year. ⟦Thereafter, this Agreement will renew for successive one-year periods, and only Company may elect not to renew.⟧',
        '⟦Your subscription will automatically renew for additional periods of one (1) year unless you cancel at least sixty (60) days before the renewal date.⟧',
      ],
      clean: [
        'This Agreement may be renewed by written amendment signed by both parties.',
        'This Agreement shall automatically renew for successive one (1) month periods unless either party gives notice at least fifteen (15) days before the renewal date.',
        'This Agreement expires at the end of the initial term unless extended in writing.',
      ],
    },
  },
});
