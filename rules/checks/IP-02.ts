import { defineCheck } from '../engine/check';

/** Ownership moves at creation, delivery or signature, i.e. before the work is paid for. */
const EARLY_TRANSFER = {
  fr: /(cession|cédés?|cède|transf[ée]r[ée]?s?|propriété|appartien(nent|dront))[^.]{0,100}(au fur et à mesure de leur (réalisation|création|développement)|dès (leur|sa) (création|réalisation|conception)|(à|dès) (la|leur|sa) (livraison|remise)|(à|dès) la signature)|(au fur et à mesure de leur (réalisation|création)|dès leur création)[^.]{0,100}(cession|cédés?|transf[ée]r|propriété)/i,
  en: /hereby (irrevocably )?assigns?|(upon|on|from the moment of|as of) (their |its )?(creation|delivery|conception)|as (they are|it is) (created|developed|delivered)|(vest|vests|shall vest) in (the )?(Company|Client|Customer)[^.]{0,40}(upon|on|when) (creation|delivery)/i,
};

/** Transfer only once paid. */
const ON_PAYMENT = {
  fr: /paiement (intégral|complet|total|effectif)|complet paiement|parfait paiement|intégralité du prix|paiement de l'intégralité|encaissement (intégral|complet|effectif)/i,
  en: /full (and final )?payment|payment in full|paid in full|receipt (by Contractor )?of (full |all )?(payment|fees)|fully paid|payment of all (fees|amounts)/i,
};

/** Only IP/ownership sentences about the work matter ("upon delivery" alone is about invoices). */
const IP_CONTEXT = {
  fr: /droits|propriété|cession|cède|cédés/i,
  en: /right|title|intellectual property|ownership|owned|assign|copyright/i,
};
const WORK = {
  fr: /livrables?|développements?|créations?|œuvres?|oeuvres?|travaux|code|logiciels?|maquettes?|site|résultats/i,
  en: /deliverables?|work product|\bworks?\b|inventions?|developments?|materials|code|software|designs?|creations?/i,
};

export default defineCheck({
  id: 'IP-02',
  category: 'intellectual-property',
  severity: 'high',
  kind: 'risky',
  party: 'user-bound',
  assess({ unit }) {
    if (!IP_CONTEXT[unit.lang].test(unit.text) || !WORK[unit.lang].test(unit.text)) return null;
    const t = unit.text;
    const trigger = /création|creation|conception|fur et à mesure|as (they are|it is) created|hereby/i.test(t)
      ? 'creation'
      : /livraison|remise|delivery|delivered/i.test(t)
        ? 'delivery'
        : 'signature';
    return { params: { transfer_trigger: trigger } };
  },
  fr: {
    triggers: [EARLY_TRANSFER.fr],
    unless: [ON_PAYMENT.fr],
    text: {
      title: 'Cession des droits avant paiement',
      explanation:
        "Les droits passent au client dès la création ou la livraison, avant que vous soyez payé : s'il ne paie pas, il reste propriétaire de votre travail et vous perdez votre meilleur levier.",
      basis:
        "Usage recommandé par les guides freelance : le paiement conditionne la propriété (« payment gates ownership ») ; le transfert au paiement intégral est la pratique équilibrée.",
      suggestion:
        "« La cession des droits sur chaque livrable prend effet au paiement intégral des factures correspondantes. Jusqu'à ce paiement, le Client bénéficie d'une licence non exclusive et révocable, limitée aux besoins de recette. »",
    },
    examples: {
      flagged: [
        "⟦Les droits patrimoniaux sur les développements sont cédés au Client au fur et à mesure de leur réalisation.⟧",
        "Le Consultant livre le code source dans le dépôt du Client. ⟦Le Prestataire cède au Client ses droits sur les livrables dès leur création.⟧",
        "⟦La propriété des livrables est transférée au Client à la livraison.⟧ Les factures sont payables à soixante jours.",
      ],
      clean: [
        "La cession des droits sur les livrables prend effet au paiement intégral du prix.",
        "Le Prestataire cède au Client ses droits sur chaque livrable, à la livraison et sous réserve du complet paiement des factures correspondantes.",
        "Les livrables sont facturés à la livraison.",
      ],
    },
  },
  en: {
    triggers: [EARLY_TRANSFER.en],
    unless: [ON_PAYMENT.en],
    text: {
      title: 'IP transferred before payment',
      explanation:
        'Ownership passes to the client on creation or delivery, before you are paid: if they never pay, they still own your work and you lose your best leverage.',
      basis:
        'Practice recommended by freelance contract guides: payment gates ownership; transfer on full payment is the balanced position.',
      suggestion:
        '"Ownership of each Deliverable passes to Client upon Contractor\'s receipt of full payment of the related invoices. Until then, Client has a non-exclusive, revocable licence to use the Deliverable for testing only."',
    },
    examples: {
      flagged: [
        '⟦Contractor hereby assigns to Company all right, title and interest in the Deliverables.⟧',
        'Consultant shall deliver source code weekly. ⟦Consultant agrees that all intellectual property in the Work Product shall belong to Client upon creation.⟧',
        '⟦Ownership of each Deliverable transfers to Customer upon delivery.⟧ Invoices are payable net 60.',
      ],
      clean: [
        'Upon receipt of full payment, Contractor assigns to Client all copyright in the Deliverables.',
        'Ownership of each Deliverable transfers to Customer once the related invoice has been paid in full.',
        'Contractor will invoice each milestone upon delivery.',
      ],
    },
  },
});
