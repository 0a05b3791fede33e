import { defineCheck } from '../engine/check';
import { durations } from '../engine/extract';

// A cure period: formal notice left unremedied for X days / "fails to cure within X days".
const CURE = /(mise en demeure|notification|lettre recommand[ée]e)[^.]{0,120}(rest[ée]e?|demeur[ée]e?) (sans effet|infructueuse|vaine)|(rem[ée]di[ée]|rem[ée]dier|r[ée]par[ée]|r[ée]gularis[ée])[^.]{0,40}(dans|sous) (un d[ée]lai de )?|\b(cure|cured|remedy|remedied|remedies)\b[^.]{0,60}(within|in) /i;
const ANY_BREACH = /(tout|quelconque|moindre) (manquement|inex[ée]cution|faute)|manquement quelconque|quelconque de ses obligations|any (breach|default|violation|failure)|any of (its|his|her|their) obligations/i;

export default defineCheck({
  id: 'TR-03',
  category: 'termination',
  severity: 'high',
  kind: 'risky',
  party: 'other-power',
  thresholds: [
    {
      name: 'curePeriodMinDays',
      default: 15,
      unit: 'days',
      label: { fr: 'Délai minimal pour remédier à un manquement', en: 'Shortest acceptable cure period' },
    },
  ],
  assess({ unit }, doc) {
    const cure = CURE.test(unit.text);
    const days = durations(unit.text, unit.lang).map((d) => d.days);
    const cureDays = cure && days.length ? Math.max(...days) : cure ? null : 0;
    const params = {
      cure_period_days: cureDays,
      breach_threshold: ANY_BREACH.test(unit.text) ? 'any' : 'serious',
      mutual: unit.actor === 'mutual',
    };
    if (cure && (cureDays === null || cureDays >= doc.threshold('curePeriodMinDays'))) return null;
    if (cure || params.mutual) return { severity: 'medium', params };
    return { severity: 'high', params };
  },
  fr: {
    triggers: [
      /^(?=[^]*?(r[ée]sili|mettre fin|rompre|suspendre|interrompre|cl[ôo]turer|supprimer|fermeture|terme))[^]*?(sans (mise en demeure|formalit[ée]|pr[ée]avis|d[ée]lai)|de plein droit|imm[ée]diatement|avec effet imm[ée]diat|[àa] (sa|son) seule? (appr[ée]ciation|discr[ée]tion))[^.]{0,200}(manquement|inex[ée]cution|faute|violation|non[- ]respect|infraction)/i,
      /^(?=[^]*?(r[ée]sili|mettre fin|rompre|suspendre|interrompre|cl[ôo]turer|supprimer|fermeture|terme))[^]*?(manquement|inex[ée]cution|faute|violation|non[- ]respect|infraction)[^.]{0,200}(sans (mise en demeure|formalit[ée]|pr[ée]avis|d[ée]lai)|de plein droit|imm[ée]diatement|avec effet imm[ée]diat|[àa] (sa|son) seule? (appr[ée]ciation|discr[ée]tion))/i,
      /(manquement|violation|non-respect|infraction)[^.]{0,150}(peut|pourra|pourront|entra[îi]ne(ra)?|donner(a)? lieu [àa])[^.]{0,40}(r[ée]siliation|suspension|fermeture|cl[ôo]ture|suppression du compte)/i,
      // A right to end the contract for breach with no cure period at all (assess checks for one).
      /(pourra|peut|se r[ée]serve le droit de|aura la facult[ée] de)[^.]{0,30}(r[ée]silier|suspendre|mettre fin|cl[ôo]turer|supprimer|rompre)[^.]{0,100}(manquement|violation|non-respect|infraction|inex[ée]cution)/i,
    ],
    text: {
      title: 'Résiliation pour faute sans mise en demeure',
      explanation:
        "L'autre partie peut rompre le contrat immédiatement pour un manquement, sans vous mettre en demeure ni vous laisser le temps d'y remédier : un simple retard ou un désaccord suffit à vous faire perdre la mission.",
      basis:
        "La résolution en application d'une clause résolutoire suppose une mise en demeure infructueuse mentionnant expressément la clause, sauf stipulation contraire (C. civ. 1225) ; la résolution unilatérale par notification exige une mise en demeure préalable avec un délai raisonnable (C. civ. 1226). Une clause qui supprime ces garanties au profit d'une seule partie est un déséquilibre négociable.",
      suggestion:
        "« En cas de manquement grave de l'une des Parties à ses obligations, l'autre Partie pourra résilier le contrat de plein droit quinze (15) jours après l'envoi d'une mise en demeure par lettre recommandée avec accusé de réception restée sans effet, mentionnant la présente clause. Constitue notamment un manquement grave du Client le non-paiement d'une facture plus de trente (30) jours après son échéance. »",
    },
    examples: {
      flagged: [
        "⟦En cas de manquement quelconque du Prestataire, le Client pourra résilier le contrat de plein droit, sans mise en demeure préalable ni formalité judiciaire.⟧",
        "Le Prestataire exécute la mission avec diligence. ⟦Tout manquement du Consultant à ses obligations autorise la Société à mettre fin immédiatement à la mission.⟧",
        "⟦Le Client pourra résilier le contrat, à sa seule appréciation, en cas de faute du Prestataire, après une mise en demeure restée sans effet pendant cinq (5) jours.⟧",
        "⟦Tout manquement du Prestataire à ses obligations pourra entraîner la résiliation du contrat.⟧",
      ],
      clean: [
        "En cas de manquement grave du Prestataire, le Client pourra résilier le contrat de plein droit trente (30) jours après une mise en demeure restée sans effet.",
        "Le Prestataire pourra suspendre ses prestations immédiatement en cas de non-paiement d'une facture échue.",
        "En cas de manquement, la Partie lésée adresse une mise en demeure par lettre recommandée avec accusé de réception.",
      ],
    },
  },
  en: {
    triggers: [
      /(terminat|suspend|cancel)[a-z]*[^.]{0,120}(immediately|forthwith|without (prior )?notice|without (an |any )?(opportunity|right|chance) to cure|in (its|our) sole discretion|with immediate effect)[^.]{0,150}(breach|violat|default|fail)/i,
      /(breach|violat|default|fail[a-z]* to comply)[^.]{0,200}(terminat|suspend|cancel)[a-z]*[^.]{0,80}(immediately|forthwith|without (prior )?notice|without (an |any )?(opportunity|right|chance) to cure|with immediate effect)/i,
      /(terminat|suspend|cancel)[a-z]*[^.]{0,120}(upon|for|on|in the event of) any (breach|violation|default)/i,
      /(immediately|without (prior )?notice|forthwith)[^.]{0,60}(terminat|suspend|cancel)[^.]{0,150}(breach|violat|default|fail)/i,
      /(breach|violat|infring)[a-z]*[^.]{0,100}(immediate(ly)?|automatic(ally)?)[^.]{0,40}(terminat|suspen|cancel)/i,
      /(breach|violat|infring|fail[a-z]* to comply|unauthori[sz]ed use)[^.]{0,150}(may|will|shall|could) (result in|lead to|be grounds for|entitle [^.]{0,40} to)[^.]{0,40}(terminat|suspen|cancel|closure|deactivat)/i,
      // A right to end the contract for breach with no cure period at all (assess checks for one).
      /(may|can|reserves? the right to|will)[^.]{0,30}(terminat|suspend|cancel|disabl|deactivat|close)[a-z]*[^.]{0,100}(breach|violat|infring)/i,
    ],
    unless: [/insolv|bankrupt|winding[- ]up|receiver/i],
    text: {
      title: 'Termination for breach without a cure period',
      explanation:
        'The other side can end the contract at once for a breach, without written notice or time to put things right: a minor delay or a disagreement is enough to lose the engagement.',
      basis:
        'Contractual practice: notice of breach plus a cure period (commonly 10–30 days) before termination, available to both parties. In France, termination for breach requires a formal notice left unremedied unless otherwise agreed (C. civ. 1225, 1226).',
      suggestion:
        '"Either party may terminate this Agreement if the other party materially breaches it and fails to cure the breach within thirty (30) days after receiving written notice describing the breach. Company\'s failure to pay an undisputed invoice within thirty (30) days of its due date is a material breach."',
    },
    examples: {
      flagged: [
        '⟦Company may terminate this Agreement immediately and without notice upon any breach by Contractor.⟧',
        'Consultant shall perform the Services diligently. ⟦The Client may terminate this Agreement immediately, without an opportunity to cure, if Consultant fails to comply with any provision of this Agreement.⟧',
        '⟦We may suspend or terminate your account without prior notice if you violate these Terms.⟧',
        '⟦Any violation of the acceptable use policy may result in immediate termination of the Services.⟧',
      ],
      clean: [
        'Either party may terminate this Agreement if the other party materially breaches it and fails to cure the breach within thirty (30) days after written notice.',
        'Company may terminate this Agreement immediately if Contractor becomes insolvent.',
        'Contractor may suspend the Services without notice if any invoice is more than thirty (30) days overdue.',
        'If Customer breaches its payment obligations or uses the Product in violation of the Agreement, then Provider may immediately suspend Customer\'s access to the Product.',
      ],
    },
  },
});
