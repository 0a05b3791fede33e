import { defineCheck, type DocView, type UnitView } from '../engine/check';

/** A right to transfer the contract. */
const MAY_ASSIGN = {
  fr: /(?<!ne )(pourra|peut|pourront|est autorisée? à|aura la faculté de) (librement |à tout moment )?(céder|transférer|apporter) (le présent contrat|le contrat|les présentes|tout ou partie du (présent )?contrat|ses droits( et obligations)?|le bénéfice du contrat)/i,
  en: /(may|can|shall be entitled to|is entitled to) (freely )?(assign|transfer|novate)[^.]{0,40}(this Agreement|the Agreement|its rights|any of its rights)/i,
};

/** …without asking the user: a notice or consent duty makes it ordinary. */
const WITH_CONSENT = {
  fr: /(avec|sous réserve de|après) (l'accord|le consentement|l'agrément)[^.]{0,30}(du Prestataire|du Consultant|du Sous-traitant|de l'autre Partie)/i,
  en: /with the (prior )?(written )?consent of (the )?(Contractor|Consultant|Supplier|other party)|(subject to|upon|with) (the )?(Contractor|Consultant|Supplier)'s (prior )?(written )?consent/i,
};

/** Per document (units array): whether the user may assign too. Cached: assess runs per unit. */
const userAssigns = new WeakMap<readonly UnitView[], boolean>();
function userMayAssign(doc: DocView): boolean {
  let v = userAssigns.get(doc.units);
  if (v === undefined) {
    v = doc.units.some((u) => u.actor === 'user' && MAY_ASSIGN[u.lang].test(u.text));
    userAssigns.set(doc.units, v);
  }
  return v;
}

export default defineCheck({
  id: 'OT-04',
  category: 'assignment',
  severity: 'low',
  // Declared 'risky' with its own mirror test: the category mirror would be "Contractor may not assign",
  // which is the very asymmetry this check looks for. params.mutual = false lets UB-02 count it as one-way.
  kind: 'risky',
  party: 'other-power',
  assess({ unit }, doc) {
    // Named parties outside the dictionary ("Tickets may assign…") could be either side: stay silent.
    if (unit.actor !== 'other') return null;
    const lang = unit.lang;
    if (WITH_CONSENT[lang].test(unit.text)) return null;
    if (userMayAssign(doc)) return null;
    return { params: { mutual: false, group_only: /groupe|affiliate|affiliée/i.test(unit.text) } };
  },
  fr: {
    triggers: [MAY_ASSIGN.fr],
    unless: [/aucune (des )?parties?|ni l'une ni l'autre/i],
    text: {
      title: 'Cession du contrat par le client seul',
      explanation:
        "Le client peut transférer le contrat à une autre société (de son groupe ou non) sans votre accord, alors que vous ne le pouvez pas : vous pouvez vous retrouver lié à un cocontractant que vous n'avez pas choisi, et dont la solvabilité est inconnue.",
      basis:
        "La cession d'un contrat requiert l'accord du cocontractant cédé, qui peut être donné par avance dans le contrat (C. civ. 1216, à vérifier) ; la pratique équilibrée est une faculté réciproque, avec information écrite.",
      suggestion:
        "« Aucune des Parties ne peut céder le contrat sans l'accord écrit préalable de l'autre. Par exception, chaque Partie peut le céder à une société de son groupe, après information écrite de l'autre Partie et sous réserve que le cédant garantisse le paiement des sommes dues. »",
    },
    examples: {
      flagged: [
        "⟦Le Client pourra céder le présent contrat à toute société de son groupe sans l'accord du Prestataire.⟧ Le Prestataire ne pourra céder le contrat sans l'accord écrit du Client.",
        "⟦La Société peut librement transférer ses droits et obligations au titre du contrat à tout tiers.⟧",
        "Le contrat est conclu intuitu personae à l'égard du Consultant. ⟦L'ESN pourra céder tout ou partie du contrat à toute entité de son choix.⟧",
      ],
      clean: [
        "Chacune des Parties pourra céder le contrat à une société de son groupe après information écrite de l'autre Partie.",
        "Le Client pourra céder le contrat avec l'accord préalable et écrit du Prestataire.",
        "Le Client pourra céder le contrat à une société de son groupe. Le Prestataire pourra céder le contrat à une société qu'il contrôle.",
      ],
    },
  },
  en: {
    triggers: [MAY_ASSIGN.en],
    unless: [/neither party|either party|each party/i],
    text: {
      title: 'Assignment by the client only',
      explanation:
        'The client may transfer the contract to another company (an affiliate or anyone) without your consent, while you may not: you could end up bound to a counterparty you did not choose, with unknown solvency.',
      basis:
        'Practice: anti-assignment clauses are usually mutual, with an affiliate or change-of-control exception for both parties and written notice. Under French law assignment of a contract needs the other party\'s consent, which may be given in advance (C. civ. 1216, verify).',
      suggestion:
        '"Neither party may assign this Agreement without the other party\'s prior written consent, except that either party may assign it to an affiliate or a successor on written notice, provided the assignee assumes all obligations, including payment of amounts due."',
    },
    examples: {
      flagged: [
        '⟦Company may assign this Agreement to any affiliate or successor without Contractor\'s consent.⟧ Contractor may not assign this Agreement.',
        '⟦Client may freely assign or transfer any of its rights under this Agreement.⟧',
        'Consultant shall not assign or subcontract this Agreement. ⟦Customer may assign this Agreement at any time upon notice.⟧',
      ],
      clean: [
        'Either party may assign this Agreement to an affiliate on written notice to the other party.',
        'Company may assign this Agreement with the prior written consent of Contractor.',
        'Company may assign this Agreement to an affiliate. Contractor may assign this Agreement to a company it controls.',
      ],
    },
  },
});
