import { defineCheck, type DocView } from '../engine/check';

const ENDING = /r[ée]sili|mettre (un )?terme|mettre fin|fin (du|de la|anticip[ée]e)|rupture|interruption|interromp|cessation|annul|terminat|cancel|end of (this|the) (agreement|engagement)/i;
// The user is the one denied any payment ("le Prestataire ne pourra prétendre à…", "Contractor shall not be entitled").
const DENIED = /ne pourra (pr[ée]tendre|r[ée]clamer)|aucune (indemnit[ée]|somme|r[ée]mun[ée]ration|compensation) ne (sera|lui sera|pourra [êe]tre) (due|vers[ée]e|r[ée]clam[ée]e)|(shall|will) not be entitled|no (further )?(payment|compensation|fees?|amounts?) (shall|will) be (due|payable|owed)|(is|are) not entitled/i;
// Work done is paid: the ordinary, fair outcome (the catalog's counter-proposal).
const WORK_PAID = /(prestations?|jours|travaux|services?) (d[ée]j[àa] )?(r[ée]alis[ée]|effectu[ée]|ex[ée]cut[ée]|rendu|accompli|livr[ée])e?s?[^.]{0,80}(pay|r[ée]gl|factur|d[ûu]e?s?|r[ée]mun[ée]r)|(pay|pai|r[èée]gl|factur|r[ée]mun[ée]r)[a-zéè]*[^.]{0,60}(prestations?|jours|travaux) (d[ée]j[àa] )?(r[ée]alis|effectu|ex[ée]cut|rendu)|(services?|work|time) (performed|rendered|completed|delivered)[^.]{0,40}(through|up to|until|prior to|before)|pay[^.]{0,60}for (all )?(services?|work) (performed|rendered|completed)|pro rata/i;

// Absence: the other side may walk away at will and nothing says work done is paid (catalog: absence=yes).
const AT_WILL = /(r[ée]silier|mettre fin|rompre)[^.]{0,100}([àa] tout moment|sans motif|pour convenance)|(terminate|cancel)[^.]{0,100}(at any time|for convenience|without cause)/i;

// Clause level: nothing is due on termination. Also counts as the topic being addressed for the absence test,
// so a contract is not flagged twice for the same gap.
const NOTHING_DUE = {
  fr: [
    /^(?=[^]*?(r[ée]sili|mettre (un )?terme|mettre fin|rupture|interruption|interromp|cessation|fin (du|de la|anticip[ée]e)))[^]*?((sans|ni) (aucune |verser d'|versement d'|le versement d')?(indemnit[ée]|d[ée]dommagement|compensation)|aucune (indemnit[ée]|somme|compensation|r[ée]mun[ée]ration)|ne pourra (pr[ée]tendre|r[ée]clamer)[^.]{0,40}(aucune|une quelconque|indemnit|somme|paiement))/i,
    /seul(e)?s? les (prestations|livrables)[^.]{0,30}(valid[ée]es|accept[ée]s?|r[ée]ceptionn[ée]e?s)[^.]{0,30}(seront|sont|donneront lieu)/i,
  ],
  en: [
    /^(?=[^]*?(terminat|cancel|suspend|discontinu|deactivat|\bend of (this|the)))[^]*?(without (any )?(liability|compensation|penalty|further (payment|obligation|liability)))|no (further )?(payment|compensation|fees?|amounts?) (shall|will) be (due|payable|owed)|(shall|will) not be entitled to (any )?(compensation|payment|fees|damages)|is not entitled to (any )?(compensation|payment)/i,
    /only (accepted|approved) (deliverables|work)[^.]{0,40}(paid|payable)/i,
  ],
};

export default defineCheck({
  id: 'TR-04',
  category: 'termination',
  severity: 'high',
  kind: 'risky',
  // The unit may empower the other side ("le Client peut résilier sans indemnité") or deny the user
  // ("le Prestataire ne pourra prétendre à aucune indemnité"): the actor test is done in assess.
  party: 'any',
  appliesTo(doc: DocView) {
    return doc.role === 'provider' && doc.mentions(AT_WILL);
  },
  assess({ unit }, doc) {
    if (!ENDING.test(unit.text) || WORK_PAID.test(unit.text)) return null;
    const denied = DENIED.test(unit.text);
    if (doc.role === 'client' && !denied) return null;
    if (!denied && unit.actor === 'user') return null; // the user's own right to leave without paying
    const onlyAccepted = /seul(e)?s? les (prestations|livrables)[^.]{0,30}(valid|accept|r[ée]ceptionn)|only (accepted|approved) (deliverables|work)/i.test(unit.text);
    return { severity: 'high', params: { paid_for_work_done: false, only_accepted_work_paid: onlyAccepted } };
  },
  fr: {
    present: [WORK_PAID, /indemnit[ée] de (r[ée]siliation|rupture)|d[ée]dit/i, ...NOTHING_DUE.fr],
    triggers: NOTHING_DUE.fr,
    text: {
      title: 'Rien n\'est dû en cas de rupture',
      explanation:
        "Si l'autre partie met fin au contrat, vous pourriez ne rien toucher : ni les jours déjà travaillés non encore validés, ni les frais engagés, ni indemnité pour un forfait interrompu.",
      basis:
        "Les guides freelance recommandent le paiement des travaux réalisés et une indemnité de résiliation (kill fee) pour les forfaits. En droit français, une résiliation brutale ou abusive ouvre droit à réparation (C. com. L442-1 II ; préavis de C. civ. 1211).",
      suggestion:
        "« En cas de résiliation pour une cause non imputable au Prestataire, le Client paiera l'ensemble des jours réalisés et les travaux en cours au prorata, les frais engagés non annulables et, pour une prestation au forfait, une indemnité égale à 25 % du prix restant à courir. »",
    },
    examples: {
      flagged: [
        "⟦Le Client pourra résilier la commande à tout moment, sans indemnité d'aucune sorte.⟧",
        "Le contrat peut être résilié par le Client avec un préavis de quinze jours. ⟦En cas de résiliation, le Prestataire ne pourra prétendre à aucune somme au titre des travaux en cours.⟧",
        "⟦En cas de résiliation anticipée, seules les prestations validées par le client final seront payées au Consultant.⟧",
      ],
      clean: [
        "Le Client pourra résilier le contrat sans indemnité, sous réserve du paiement des prestations réalisées jusqu'à la date de résiliation.",
        "Le Prestataire pourra résilier le contrat sans indemnité moyennant un préavis d'un mois.",
        "En cas de résiliation, le Client règle au Prestataire les jours effectués au prorata et les frais engagés.",
        "Aucune indemnité de retard ne sera appliquée pendant la phase de démarrage du projet.",
      ],
    },
  },
  en: {
    present: [WORK_PAID, /kill fee|termination fee|cancellation fee/i, ...NOTHING_DUE.en],
    triggers: NOTHING_DUE.en,
    text: {
      title: 'Nothing paid on termination',
      explanation:
        'If the other side ends the contract you might be paid nothing: not for days already worked but not yet approved, not for committed costs, and no fee for an interrupted fixed-price project.',
      basis:
        'Freelance contract guides recommend payment for completed work plus a kill fee on fixed-price projects when the client terminates for convenience.',
      suggestion:
        '"Upon any termination not caused by Contractor\'s breach, Company shall pay for all Services performed and work in progress up to the termination date, any non-cancellable costs, and for fixed-price work a termination fee of 25% of the remaining price."',
    },
    examples: {
      flagged: [
        '⟦Company may terminate this Agreement at any time without liability to Contractor.⟧',
        'Either party may terminate this Agreement on fourteen (14) days\' notice. ⟦Upon termination, Contractor shall not be entitled to any compensation for work in progress.⟧',
        '⟦If the Customer cancels the project, only accepted Deliverables will be paid.⟧',
      ],
      clean: [
        'Company may terminate this Agreement without liability, provided that it pays Contractor for all Services performed through the termination date.',
        'Contractor may terminate this Agreement at any time without liability upon fourteen (14) days\' notice.',
        'Upon termination, Company shall pay Contractor pro rata for the work completed.',
        'Contractor shall not be entitled to any compensation for overtime unless approved in advance.',
      ],
    },
  },
});
