import { defineCheck } from '../engine/check';
import { durations, feeMultiples } from '../engine/extract';


export default defineCheck({
  id: 'NC-03',
  category: 'non-solicitation',
  severity: 'low',
  kind: 'one-way',
  party: 'user-bound',
  // One-way: silent when a mirror clause binds the other side too.
  assess({ unit }) {
    if (unit.actor !== 'user') return null;
    const months = durations(unit.text, unit.lang).map((d) => d.months);
    const fees = feeMultiples(unit.text, unit.lang);
    return {
      params: {
        mutual: false,
        duration_months: months.length ? Math.round(Math.max(...months)) : null,
        penalty_months: fees.length ? Math.max(...fees.map((f) => f.months)) : null,
      },
    };
  },
  fr: {
    triggers: [
      /d[ée]bauchage/i,
      /(s'interdi[a-z]*|s'engage [àa] ne|s'engagent [àa] ne|ne (pas|pourra|peut|jamais|devra)|renonce [àa]|interdiction d)[^.]{0,60}(embaucher|recruter|d[ée]baucher|solliciter|employer|engager|faire travailler)[^.]{0,100}(membres? (de son|du) personnel|personnel|salari[ée]e?s?|collaborat(eur|rice)s?|employ[ée]e?s?)/i,
    ],
    unless: [/chacune des parties|s'engagent|de l'autre partie|les parties s'(interdisent|engagent)|r[ée]ciproquement|mutuellement|l'une ou l'autre des parties/i],
    text: {
      title: 'Interdiction d\'embauche à sens unique',
      explanation:
        "Vous seul vous engagez à ne pas recruter ni solliciter le personnel de l'autre partie, sans engagement symétrique de sa part. Une telle clause doit être réciproque, limitée dans le temps et avec une indemnité plafonnée.",
      basis:
        "Les clauses de non-sollicitation du personnel sont autonomes de la non-concurrence mais restent soumises à un contrôle de proportionnalité (jurisprudence commerciale citée par les praticiens) ; la pratique du marché est de 12 mois, de façon réciproque.",
      suggestion:
        "« Chacune des Parties s'interdit, pendant la durée du contrat et douze (12) mois après son terme, de solliciter en vue de l'embaucher un salarié de l'autre Partie ayant participé à la mission, sauf accord écrit préalable ; toute violation donnera lieu à une indemnité plafonnée à trois (3) mois du salaire brut de la personne concernée. »",
    },
    examples: {
      flagged: [
        "⟦Le Prestataire s'interdit d'embaucher ou de solliciter, directement ou indirectement, tout membre du personnel du Client pendant la durée du contrat et vingt-quatre (24) mois après son terme.⟧",
        "⟦Le Consultant s'engage à ne pas débaucher les collaborateurs de la Société, sous peine d'une indemnité égale à douze (12) mois de leur rémunération brute.⟧",
        "Article 11 - Personnel\n⟦Le Sous-traitant ne pourra en aucun cas recruter un salarié du Donneur d'ordre.⟧",
      ],
      clean: [
        "Chacune des Parties s'interdit de solliciter les salariés de l'autre Partie pendant douze (12) mois.",
        "Les Parties s'engagent réciproquement à ne pas débaucher leurs collaborateurs respectifs.",
        "Le Prestataire s'interdit d'embaucher les salariés du Client pendant la mission. Le Client s'interdit de même d'embaucher le personnel du Prestataire pendant la mission.",
        "Le Prestataire reste seul responsable de la gestion de son personnel.",
      ],
    },
  },
  en: {
    triggers: [
      /no-?hire|non-?solicitation of (employees|personnel|staff)/i,
      /\b(not|never|refrain from)\b[^.]{0,100}\b(hir(e|ing)|employ(ing)?|solicit(ing)?|recruit(ing)?|engag(e|ing)|entic(e|ing)|poach(ing)?)\b[^.]{0,100}\b(employees?|personnel|staff|workers?)\b/i,
    ],
    unless: [/each party|neither party|either party|both parties|mutual|of the other party|the parties (shall|will|agree)/i],
    text: {
      title: 'One-way no-hire clause',
      explanation:
        "Only you promise not to hire or solicit the other party's staff; the other side makes no matching promise. Such a clause should be mutual, time-limited and with a capped fee.",
      basis:
        'Non-solicitation of staff is judged for reasonableness like other restrictive covenants; market practice is a mutual 12-month clause with a capped fee.',
      suggestion:
        '"During the Term and for twelve (12) months thereafter, neither party shall solicit for employment any employee of the other party who was involved in the Services, without the other party\'s prior written consent. General advertisements are not solicitation. Any fee for breach is capped at three (3) months of the employee\'s base salary."',
    },
    examples: {
      flagged: [
        '⟦Contractor shall not, during the Term and for twenty-four (24) months thereafter, solicit or hire any employee of the Company.⟧',
        '⟦Consultant agrees not to recruit or engage any of the Client\'s staff, and shall pay a fee equal to twelve (12) months of that person\'s salary for any breach.⟧',
        'Section 9. Staff.\n⟦The Supplier will not employ any employee of the Customer without the Customer\'s written consent.⟧',
      ],
      clean: [
        'Neither party shall solicit for employment any employee of the other party during the Term.',
        'Each party agrees not to hire the employees of the other party for twelve (12) months after termination.',
        'Contractor shall not hire any employee of the Company during the Term. Company shall not hire any employee of Contractor during the Term.',
        'Contractor is solely responsible for supervising its own personnel.',
      ],
    },
  },
});
