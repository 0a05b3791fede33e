import { defineCheck } from '../engine/check';
import { feeMultiples, money } from '../engine/extract';

const PENALTY = {
  fr: /clause pénale|à titre de (pénalité|indemnité forfaitaire|dommages et intérêts forfaitaires)|forfaitairement|(vers(er|era)|pa(yer|iera)|redevable|devra)[^.]{0,60}(somme|indemnité|pénalité) (forfaitaire )?(égale|équivalente|correspondant|correspondante) (à|au|aux)|(pénalité|indemnité) (forfaitaire )?de [^.]{0,30}par (infraction|manquement|violation)|par (infraction|manquement) constatée?/i,
  // A sum "equal to" something is a penalty only when a breach or an early end makes it due (not a tax gross-up).
  en: /liquidated damages|as a penalty|(breach|violat|default|terminat)[^.]{0,120}(shall|will|must) pay [^.]{0,60}(a sum|an amount|the sum) equal to|(shall|will|must) pay [^.]{0,60}(a sum|an amount|the sum) equal to[^.]{0,120}(breach|violat|default|terminat)|per (breach|violation|infringement)|months'? (of )?(fees|billings?|revenue)/i,
};

/** Late-payment interest (PY-04) and delivery-delay penalties (LB-05) are other checks; a statement about such
 * clauses ("the franchise agreement contains a liquidated damages clause") sets none. */
const OTHER_PENALTIES = {
  fr: /retard de paiement|pénalités de retard|intérêts? de retard|taux d'intérêt légal|frais de recouvrement|par jour (calendaire |ouvré )?de retard|retard de livraison/i,
  en: /late payment|interest on (late|overdue)|per day of delay|for each day of delay|late delivery|recovery costs|contains? a liquidated damages clause|liquidated damages clauses? (are|is) unenforceable/i,
};

/** "la partie défaillante versera à l'autre": a penalty that binds whichever side breaches. */
const MUTUAL_WORDING = {
  fr: /la partie (défaillante|fautive|n'ayant pas)|versera à l'autre|à l'autre partie/i,
  en: /the (breaching|defaulting) party|to the other party|the non-breaching party/i,
};

/** "la totalité du prix / la valeur du contrat": at least the whole contract. */
const WHOLE_CONTRACT = {
  fr: /(totalité|montant total|intégralité) (du prix|des sommes|du contrat|de la commande|des honoraires)|valeur (totale )?du contrat/i,
  en: /total (contract )?(value|price|fees)|entire (contract )?(price|fees)|all fees (paid|payable)/i,
};

export default defineCheck({
  id: 'LB-04',
  category: 'penalty',
  severity: 'high',
  kind: 'risky',
  party: 'user-bound',
  thresholds: [
    {
      name: 'penaltyMaxMonthsOfBilling',
      default: 3,
      unit: 'months',
      label: {
        fr: 'Pénalité excessive à partir de (mois de facturation)',
        en: 'Penalty is excessive from (months of billing)',
      },
    },
  ],
  assess({ unit }, doc) {
    const text = unit.text;
    const lang = unit.lang;
    const months = feeMultiples(text, lang)[0]?.months ?? null;
    const amount = money(text)[0]?.amount ?? null;
    const wholeContract = WHOLE_CONTRACT[lang].test(text);
    const mutual = doc.hasMirror(unit) || MUTUAL_WORDING[lang].test(text);
    const params = { amount, multiple_of_monthly_billing: months, whole_contract: wholeContract, mutual };
    if (wholeContract || (months !== null && months >= doc.threshold('penaltyMaxMonthsOfBilling'))) {
      return { severity: 'high', params };
    }
    // A moderate penalty that binds both sides is ordinary; a one-way one is still worth negotiating.
    if (mutual) return null;
    return { severity: 'medium', params };
  },
  fr: {
    triggers: [PENALTY.fr],
    unless: [OTHER_PENALTIES.fr],
    text: {
      title: 'Clause pénale excessive',
      explanation:
        "Une somme forfaitaire est due au moindre manquement, sans que le client ait à prouver son préjudice ; fixée en mois de facturation, elle peut dépasser tout ce que la mission vous rapporte.",
      basis:
        "Le juge peut, même d'office, modérer une pénalité manifestement excessive ; elle n'est due qu'après mise en demeure, sauf inexécution définitive (C. civ. 1231-5). CA Versailles, 14 sept. 2023 : un an de rémunération pour une mission de trois mois a été jugé disproportionné.",
      suggestion:
        "« En cas de manquement, la Partie défaillante est redevable, après mise en demeure restée sans effet pendant quinze (15) jours, d'une indemnité plafonnée à un (1) mois de marge de l'intermédiaire, ou au préjudice effectivement prouvé s'il est inférieur. Cette stipulation s'applique réciproquement. »",
    },
    examples: {
      flagged: [
        "⟦En cas de violation de la présente clause, le Consultant versera à la Société, à titre de clause pénale, une somme égale à six (6) mois de facturation.⟧",
        "Le Prestataire s'interdit de travailler directement pour le client final pendant douze mois. ⟦En cas de manquement, le Prestataire versera une indemnité forfaitaire égale au montant total des sommes facturées au titre du contrat.⟧",
        "⟦Le Prestataire sera redevable d'une pénalité forfaitaire de 5 000 € par infraction constatée.⟧",
      ],
      clean: [
        "Chacune des Parties sera redevable, en cas de manquement, d'une indemnité forfaitaire égale à un mois de facturation, après mise en demeure restée sans effet.",
        "Tout retard de paiement entraîne de plein droit des pénalités de retard au taux BCE majoré de 10 points ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 €.",
        "Le Client versera au Prestataire, à titre de clause pénale, une somme égale à un mois d'honoraires en cas de débauchage.",
      ],
    },
  },
  en: {
    triggers: [PENALTY.en],
    unless: [OTHER_PENALTIES.en],
    text: {
      title: 'Excessive penalty clause',
      explanation:
        "A fixed sum is due on any breach without the client having to prove its loss; set in months of billing, it can exceed everything the engagement pays you.",
      basis:
        'England: a penalty imposing a detriment out of all proportion to the innocent party\'s legitimate interest is unenforceable (Cavendish Square v Makdessi [2015] UKSC 67); US: liquidated damages must be a reasonable pre-estimate of loss. France: the judge may reduce a manifestly excessive penalty (C. civ. 1231-5).',
      suggestion:
        '"In the event of a breach, the breaching party shall pay, after written notice and a fifteen (15) day cure period, liquidated damages not exceeding one (1) month of the intermediary\'s margin, or the loss actually proven if lower. This clause applies to both parties."',
    },
    examples: {
      flagged: [
        '⟦If Contractor breaches Section 8, Contractor shall pay Company, as liquidated damages, an amount equal to six (6) months\' fees.⟧',
        'Consultant shall not accept work from the End Client for twelve months. ⟦For any breach, Consultant shall pay Company liquidated damages equal to the total contract value.⟧',
        '⟦Supplier shall pay a penalty of $2,500 per breach of the confidentiality obligations.⟧',
      ],
      clean: [
        'Either party that breaches Section 8 shall pay the other, as liquidated damages, an amount equal to one month of fees, which the parties agree is a reasonable pre-estimate of loss.',
        'Late payments shall bear interest at 1.5% per month until paid.',
        'Company shall pay Contractor liquidated damages equal to one month of fees if Company hires Contractor\'s staff.',
      ],
    },
  },
});
