import { defineCheck } from '../engine/check';

const BAN = {
  fr: /(ne pourra|ne peut|s'interdit de|n'est pas autorisée? à) (pas )?(en aucun cas )?sous-traiter|interdiction (de|de toute) sous-trait|sous-traitance[^.]{0,60}(interdite|prohibée|exclue)|sous-trait[^.]{0,80}(sans|qu'avec|qu'après) (l'accord|l'autorisation|l'agrément) (préalable|exprès|écrit)/i,
  en: /(shall|may|will) not (subcontract|delegate|sub-contract)|no (subcontracting|sub-contracting|delegation)|(subcontract|delegate)[^.]{0,80}without (the )?(prior )?(express )?(written )?(consent|approval)/i,
};

/** Consent that cannot be refused without a reason, or a right to subcontract ancillary tasks. */
const FAIR = {
  fr: /ne (pourra|peut) être (refusée?|refusé) (sans motif|que pour)|(refus|refuser)[^.]{0,30}(motif légitime|motifs objectifs)|pourra (librement )?sous-traiter (les|des) tâches (annexes|accessoires)/i,
  en: /not (to )?be unreasonably (withheld|refused|delayed)|may subcontract (ancillary|non-core)/i,
};

/** UK engagements: no substitution or subcontracting feeds the IR35 analysis. */
const UK = /England|Wales|Scotland|United Kingdom|\bUK\b|IR35/i;

export default defineCheck({
  id: 'OT-01',
  category: 'assignment',
  severity: 'low',
  kind: 'risky',
  party: 'user-bound',
  assess({ unit }, doc) {
    const uk = unit.lang === 'en' && doc.mentions(UK);
    return { severity: uk ? 'medium' : 'low', params: { consent_required: /accord|autorisation|agrément|consent|approval/i.test(unit.text) } };
  },
  fr: {
    triggers: [BAN.fr],
    unless: [FAIR.fr],
    text: {
      title: 'Interdiction de sous-traiter',
      explanation:
        "Vous ne pouvez confier aucune partie du travail à un tiers, même une tâche annexe ou un remplacement pendant une absence : tout repose sur vous seul.",
      basis:
        "En droit français, l'interdiction est cohérente avec l'intuitu personae, et la loi de 1975 (art. 3) impose déjà l'acceptation des sous-traitants par le maître d'ouvrage ; le point reste négociable pour les tâches annexes.",
      suggestion:
        "« Le Prestataire peut sous-traiter des tâches annexes après en avoir informé le Client par écrit, et se faire remplacer temporairement en cas d'absence ; le Client ne peut refuser un sous-traitant que pour un motif légitime. »",
    },
    examples: {
      flagged: [
        "⟦Le Prestataire s'interdit de sous-traiter tout ou partie de la mission.⟧",
        "Le Consultant est choisi pour ses compétences propres. ⟦Le Consultant ne pourra sous-traiter aucune tâche sans l'accord préalable et écrit de la Société.⟧",
        "⟦Toute sous-traitance est interdite au Prestataire, y compris pour les tâches annexes.⟧",
      ],
      clean: [
        "Le Prestataire peut sous-traiter des tâches annexes après information écrite du Client.",
        "Le Prestataire pourra sous-traiter avec l'accord du Client, qui ne pourra être refusé sans motif légitime.",
        "Le Client ne pourra sous-traiter la gestion de la plateforme sans en informer le Prestataire.",
      ],
    },
  },
  en: {
    triggers: [BAN.en],
    unless: [FAIR.en],
    text: {
      title: 'No subcontracting allowed',
      explanation:
        'You may not hand any part of the work to someone else, not even ancillary tasks or cover during an absence: everything rests on you alone.',
      basis:
        'Consistent with a personal engagement, but negotiable for ancillary tasks; in the UK a ban on subcontracting and substitution weighs towards employment status under IR35 (practice of IR35 guides).',
      suggestion:
        '"Contractor may subcontract ancillary tasks on written notice to Client and remains responsible for its subcontractors. Client\'s consent to any other subcontracting shall not be unreasonably withheld."',
    },
    examples: {
      flagged: [
        '⟦Contractor shall not subcontract or delegate any of its obligations under this Agreement.⟧',
        'This Agreement is governed by the laws of England and Wales. ⟦Consultant may not subcontract any part of the Services without the prior written consent of the Client.⟧',
        '⟦Supplier shall not sub-contract the Services, in whole or in part.⟧',
      ],
      clean: [
        'Contractor may subcontract ancillary tasks on written notice to Client.',
        'Contractor shall not subcontract the Services without Client\'s consent, not to be unreasonably withheld.',
        'Company shall not subcontract its payment obligations.',
      ],
    },
  },
});
