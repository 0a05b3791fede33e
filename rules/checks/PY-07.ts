import { defineCheck, type DocView } from '../engine/check';

const EXPENSE_WORDS = /frais|d[ée]placements?|d[ée]bours|h[ée]bergement|transport|expenses|travel|lodging|mileage|accommodation|out-of-pocket|per diem/i;
// Travel required by the client: absence of any reimbursement then matters.
const TRAVEL = {
  fr: /d[ée]placements?[^.]{0,60}(requis|n[ée]cessaires|pr[ée]vus|r[ée]guliers|fr[ée]quents|à pr[ée]voir|sur (le )?site)|se d[ée]placer|dans les locaux du client( final)?|sur (le )?site (du client|client)/i,
  en: /travel (is |will be )?(required|necessary|expected)|required to travel|on[- ]site at|at (the )?(client|company|customer|end client)'s (premises|site|offices)/i,
};

export default defineCheck({
  id: 'PY-07',
  category: 'payment',
  severity: 'low',
  kind: 'risky',
  party: 'user-bound',
  appliesTo(doc: DocView) {
    return doc.role === 'provider' && doc.mentions(TRAVEL[doc.lang]);
  },
  assess({ unit }, doc) {
    if (doc.role !== 'provider' || !EXPENSE_WORDS.test(unit.text)) return null;
    const travel = doc.mentions(TRAVEL[unit.lang]);
    return { severity: travel ? 'medium' : 'low', params: { travel_required: travel, expenses_policy: 'not-reimbursed' } };
  },
  fr: {
    triggers: [
      /frais[^.]{0,80}(inclus|compris) dans (le |les |la )?(TJM|prix|tarifs?|taux|honoraires|forfait|r[ée]mun[ée]ration)|(aucun|pas de)s? (frais|d[ée]bours)[^.]{0,60}(ne sera|ne seront|n'est|ne donnera|rembours)|(frais|d[ée]placements?)[^.]{0,80}(à la charge|support[ée]s par) (exclusive )?(du|de la) (prestataire|consultant|sous-traitant|freelance|titulaire|fournisseur)|frais[^.]{0,60}ne (sera|seront) pas rembours/i,
    ],
    unless: [/assurance|avocat|conseil juridique|litige|n[ée]gociation du (pr[ée]sent )?contrat|chacune des parties supporte/i],
    present: [
      /rembours[a-z]*[^.]{0,60}(frais|d[ée]placements?)|(frais|d[ée]placements?)[^.]{0,80}(rembours|refactur|pris en charge par le client|factur[ée]s? en sus|au r[ée]el)|notes? de frais|indemnit[ée]s? kilom[ée]triques/i,
    ],
    text: {
      title: 'Frais de déplacement non remboursés',
      explanation:
        "Vos frais (déplacements, hébergement) restent à votre charge ou sont réputés inclus dans votre tarif, même quand le client vous demande de vous déplacer : votre rémunération réelle baisse d'autant.",
      basis:
        "Pratique : les frais engagés à la demande du client (déplacements hors de la ville du freelance) sont remboursés au réel ou selon un barème, sur accord préalable par courriel.",
      suggestion:
        "« Les frais de déplacement et d'hébergement engagés à la demande du Client en dehors de [ville du Prestataire] sont remboursés au réel sur justificatifs, ou selon le barème en annexe, après accord préalable par courriel. »",
    },
    examples: {
      flagged: [
        "⟦Tous les frais engagés par le Prestataire sont inclus dans le TJM.⟧",
        "Le Consultant effectuera des déplacements réguliers sur le site du client final à Lille. ⟦Les frais de déplacement sont à la charge exclusive du Consultant.⟧",
        "⟦Aucun frais de déplacement ou d'hébergement ne sera remboursé au Sous-traitant.⟧",
      ],
      clean: [
        "Les frais de déplacement engagés à la demande du Client sont remboursés au réel sur justificatifs.",
        "Chacune des Parties supporte les frais engagés pour la négociation du présent contrat.",
        "Le Prestataire souscrit à ses frais une assurance responsabilité civile professionnelle.",
      ],
    },
  },
  en: {
    triggers: [
      /expenses[^.]{0,60}(are |shall be |will be )?(included|inclusive)|inclusive of (all )?(travel )?expenses|(expenses|travel)[^.]{0,60}(not|no) (be )?reimburs|no (expenses|travel costs)[^.]{0,40}reimburs|(expenses|travel)[^.]{0,60}at (the )?(contractor|consultant|supplier|provider)'s (own |sole )?(cost|expense)|(contractor|consultant|supplier) (shall|will) bear (all )?(its |his |her |their )?(own )?(travel |out-of-pocket )?(costs and )?expenses/i,
    ],
    unless: [/insurance|attorney|legal fees|negotiation|execution of this agreement|each party (shall|will) bear/i],
    present: [/reimburs[a-z]*[^.]{0,60}(expenses|travel|costs)|(expenses|travel)[^.]{0,80}(reimburs|billed|invoiced|re-?charged|pass(ed)?[- ]through|paid by (the )?(company|client|customer))|expense (policy|report)|per diem/i],
    text: {
      title: 'Expenses not reimbursed',
      explanation:
        'Your travel and other costs stay with you or are deemed included in your rate, even when the client asks you to travel: your real pay drops accordingly.',
      basis:
        'Practice: costs incurred at the client\'s request (travel outside your city) are reimbursed at cost or per an agreed per-diem grid, pre-approved by email.',
      suggestion:
        '"Company shall reimburse reasonable travel and accommodation expenses incurred at its request outside [Contractor\'s city], at cost against receipts or per the per-diem grid in Schedule A, subject to prior approval by email."',
    },
    examples: {
      flagged: [
        '⟦Contractor\'s rate is inclusive of all travel expenses.⟧',
        'Consultant will work on site at the Client\'s offices in Manchester two days a week. ⟦All travel expenses shall be at Consultant\'s own cost.⟧',
        '⟦Expenses incurred by the Supplier will not be reimbursed by the Customer.⟧',
      ],
      clean: [
        'Company shall reimburse Contractor for reasonable travel expenses approved in advance.',
        'Each party shall bear its own costs and expenses in connection with the negotiation of this Agreement.',
        'Contractor shall maintain, at its own expense, professional liability insurance.',
      ],
    },
  },
});
