import { defineCheck } from '../engine/check';

const OPEN_SCOPE = {
  fr: /(et|ainsi que) (toute|toutes) (autres? )?(tâches?|missions?|prestations?|activités?) (annexes?|complémentaires?|connexes?|similaires?)? ?(demandées?|confiées?|que (le Client|la Société) (pourra|pourrait|jugera))|accompagnement global|astreintes? (incluses?|comprises?|non rémunérées?|non facturées?|sans supplément)|heures supplémentaires (ne seront pas|non|ne sont pas) (facturables|facturées|rémunérées|payées)|quel que soit le (temps passé|nombre d'heures|nombre de jours)|(sans|aucun) (supplément|surcoût|complément) de prix[^.]{0,60}(tâches?|prestations?|demandes?)|(week-ends?|jours fériés|nuits?)[^.]{0,60}(sans (majoration|supplément)|inclus)/i,
  en: /(other|additional|such other) (duties|tasks|services|work) (as (may be )?)?(assigned|requested|required|reasonably requested|directed)( by| from time to time)|on-call[^.]{0,60}(included|at no (additional|extra) (cost|charge)|without (additional|extra) (pay|compensation|charge))|(overtime|out-of-hours|weekend) (work )?(shall|will) not be (billed|paid|compensated|chargeable)|(regardless|irrespective) of (the )?(time|hours) (spent|required|worked)|ongoing support[^.]{0,40}(at no|without) (additional|extra) (cost|charge)/i,
};

/** Extra work is priced or goes through a change request. */
const PRICED = {
  fr: /au (tarif|TJM|taux)|factur(é|ée|ées|és) en (sus|supplément)|(sur|après) devis|par avenant|majoration|majorée?s?|rémunérée?s? (à|au|en sus)|donnera lieu à (facturation|rémunération)/i,
  en: /at the (then-current|agreed|applicable|hourly|daily|day) rate|billed (separately|in addition|at)|change (request|order)|additional fees?|premium|paid at|compensated at/i,
};

export default defineCheck({
  id: 'AC-03',
  category: 'unilateral-change',
  severity: 'medium',
  kind: 'risky',
  party: 'user-bound',
  assess({ unit }) {
    const onCall = /astreinte|on-call|week-end|weekend|overtime|heures supplémentaires|out-of-hours|nuits?|jours fériés/i.test(unit.text);
    return { params: { deliverables_listed: false, on_call_paid: onCall ? false : null } };
  },
  fr: {
    triggers: [OPEN_SCOPE.fr],
    unless: [PRICED.fr],
    text: {
      title: 'Périmètre flou, travail supplémentaire non payé',
      explanation:
        "Le périmètre est ouvert (« toute autre tâche demandée ») ou les astreintes et heures supplémentaires sont incluses sans supplément : le client peut étendre la mission sans payer davantage.",
      basis:
        "Pratique : le glissement de périmètre est le premier signal d'alerte des guides freelance ; un périmètre annexé et une procédure de demande de changement chiffrée évitent le travail gratuit.",
      suggestion:
        "« Le périmètre de la mission est décrit en annexe 1. Toute demande hors périmètre fait l'objet d'un devis et d'un avenant. Les astreintes et interventions en dehors des jours ouvrés sont facturées avec une majoration de 50 %. Une journée de travail correspond à 8 heures. »",
    },
    examples: {
      flagged: [
        "⟦Le Consultant assurera le paramétrage de l'outil et toute autre tâche demandée par le Client.⟧",
        "La mission est facturée au TJM de 600 €. ⟦Le Prestataire assurera les astreintes incluses dans le forfait, y compris les week-ends.⟧",
        "⟦Le prix est forfaitaire et dû quel que soit le temps passé par le Prestataire, les heures supplémentaires n'étant pas facturables.⟧",
      ],
      clean: [
        "Toute demande hors périmètre fera l'objet d'un devis préalable et d'un avenant.",
        "Les astreintes sont rémunérées au tarif de 150 € par semaine.",
        "Le Consultant réalise les prestations décrites en annexe 1.",
      ],
    },
  },
  en: {
    triggers: [OPEN_SCOPE.en],
    unless: [PRICED.en],
    text: {
      title: 'Vague scope, unpaid extra work',
      explanation:
        'The scope is open-ended ("other duties as assigned") or on-call and overtime are included at no charge: the client can widen the engagement without paying more.',
      basis:
        'Practice: scope creep is the first red flag in freelance contract guides; an annexed scope and a priced change-request process prevent unpaid work.',
      suggestion:
        '"The scope of the Services is set out in the SOW. Any work outside that scope requires a written change order at the agreed day rate. On-call and out-of-hours work is billed at a 50% premium. One day means eight hours."',
    },
    examples: {
      flagged: [
        '⟦Contractor shall perform the Services and such other tasks as requested by Company from time to time.⟧',
        'Consultant will administer the platform. ⟦On-call support on weekends is included at no additional cost.⟧',
        '⟦The fixed fee is payable regardless of the time spent, and overtime shall not be billed.⟧',
      ],
      clean: [
        'Any additional services requested by Client will be billed at the then-current day rate under a change order.',
        'On-call support is paid at a premium of 50% of the day rate.',
        'Contractor shall perform the Services described in the SOW.',
      ],
    },
  },
});
