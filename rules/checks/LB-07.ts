import { defineCheck } from '../engine/check';
import { money } from '../engine/extract';

const INSURANCE = {
  fr: /(assurance|police)s? (de )?responsabilité civile (professionnelle|exploitation)|\bRC ?pro\b|assurance cyber|assuré additionnel|renonciation à (tout )?recours|renonce(r)? à (tout )?recours/i,
  en: /professional (indemnity|liability) insurance|errors and omissions|\bE&O\b|cyber(security)? (liability )?insurance|additional(ly)? insured|waiver of subrogation|waive (all )?(rights of )?subrogation/i,
};

const WAIVER = { fr: /renonc[^.]{0,20}à (tout )?recours/i, en: /subrogation/i };
const CYBER = { fr: /cyber/i, en: /cyber/i };
/** "2 millions d'euros", "$5 million": the money extractor reads figures, not words. */
const MILLIONS = /(\d+(?:[.,]\d+)?) ?(millions?|M ?€|M(?:EUR|USD|GBP)\b|million)/i;

export default defineCheck({
  id: 'LB-07',
  category: 'insurance',
  severity: 'low',
  kind: 'risky',
  party: 'user-bound',
  thresholds: [
    {
      name: 'insuranceMaxAmount',
      default: 2000000,
      unit: 'count',
      label: {
        fr: "Montant d'assurance exigé jugé disproportionné (€/$/£ par sinistre)",
        en: 'Required insurance amount deemed excessive (€/$/£ per claim)',
      },
    },
  ],
  assess({ unit }, doc) {
    const text = unit.text;
    const lang = unit.lang;
    const figures = money(text).map((m) => m.amount);
    const millions = MILLIONS.exec(text);
    if (millions?.[1]) figures.push(Number(millions[1].replace(',', '.')) * 1_000_000);
    const amount = figures.length ? Math.max(...figures) : null;
    const waiver = WAIVER[lang].test(text);
    const cyber = CYBER[lang].test(text);
    const params = { pi_amount_per_claim: amount, waiver_of_subrogation: waiver, cyber_required: cyber };
    if (waiver) return { severity: 'medium', params };
    if (amount !== null && amount >= doc.threshold('insuranceMaxAmount')) return { severity: cyber ? 'medium' : 'low', params };
    // Proof of ordinary cover, even cyber or additional-insured status, is a common request.
    return null;
  },
  fr: {
    triggers: [INSURANCE.fr],
    text: {
      title: "Exigences d'assurance disproportionnées",
      explanation:
        "Le contrat exige une couverture très élevée, une assurance cyber ou une renonciation à recours de votre assureur : la prime peut dépasser ce que la mission justifie et la renonciation prive votre assureur de tout recours contre le client.",
      basis:
        "Usage : l'assurance RC Pro n'est pas obligatoire pour un consultant informatique (profession non réglementée), mais les clients l'exigent souvent ; un montant sans rapport avec la valeur du contrat ou une renonciation à recours se négocient.",
      suggestion:
        "« Le Prestataire justifie d'une assurance responsabilité civile professionnelle aux montants de garantie de sa police en vigueur, dont l'attestation est jointe en annexe. Le plafond de responsabilité prévu au contrat est aligné sur ces montants. »",
    },
    examples: {
      flagged: [
        "⟦Le Prestataire souscrira une assurance responsabilité civile professionnelle d'un montant minimum de 5 000 000 € par sinistre.⟧",
        "⟦Le Consultant s'engage à obtenir de son assureur une renonciation à tout recours contre la Société et ses assureurs.⟧",
        "Le Prestataire fournit une attestation d'assurance chaque année. ⟦Le Prestataire souscrira en outre une assurance cyber d'un montant de 3 000 000 € couvrant les atteintes aux données du Client, le Client étant désigné comme assuré additionnel.⟧",
      ],
      clean: [
        "Le Prestataire justifie d'une assurance responsabilité civile professionnelle en cours de validité auprès d'une compagnie notoirement solvable.",
        "Le Prestataire déclare être titulaire d'une police RC Pro couvrant son activité à hauteur de 300 000 € par sinistre.",
        "Chaque Partie déclare être assurée auprès d'une compagnie notoirement solvable pour les risques liés à son activité.",
      ],
    },
  },
  en: {
    triggers: [INSURANCE.en],
    text: {
      title: 'Disproportionate insurance requirements',
      explanation:
        "The contract requires very high cover, cyber insurance, additional-insured status or a waiver of subrogation: premiums can exceed what the engagement justifies, and the waiver stops your insurer recovering from the client.",
      basis:
        'Practice: professional indemnity insurance is not legally required for unregulated IT consultants, but clients often ask for it; limits out of proportion to the contract value, or a waiver of subrogation, are negotiable.',
      suggestion:
        '"Contractor shall maintain professional indemnity insurance at the limits of its current policy and provide a certificate on request. Contractor\'s liability cap under this Agreement shall be aligned with those limits."',
    },
    examples: {
      flagged: [
        '⟦Contractor shall maintain professional liability insurance of not less than $5,000,000 per claim.⟧',
        '⟦Consultant\'s policies shall include a waiver of subrogation in favour of Company.⟧',
        'Contractor shall provide certificates of insurance on request. ⟦Contractor shall also carry cyber liability insurance of at least $3 million naming Client as an additional insured.⟧',
      ],
      clean: [
        'Contractor shall maintain professional indemnity insurance appropriate to the Services and provide a certificate on request.',
        'Consultant maintains professional liability insurance of $1,000,000 per claim.',
        'Each party shall maintain insurance customary for its business.',
      ],
    },
  },
});
