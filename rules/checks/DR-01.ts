import { defineCheck, type DocView } from '../engine/check';
import { referencesOtherTerms } from './LB-01';

// An English document that says nothing about disputes, courts or law, or that incorporates standard terms, is a
// schedule, addendum or cover page relying on a master agreement; French freelance documents are checked whatever
// they contain (mediation is rarely in the general terms either).
const ADDRESSES_DISPUTES = /disputes?|courts?|jurisdiction|governing law|governed by|arbitration|litigation/i;

export default defineCheck({
  id: 'DR-01',
  category: 'amicable-resolution',
  severity: 'low',
  kind: 'missing',
  party: 'any',
  appliesTo(doc: DocView) {
    return doc.lang === 'fr' || (doc.mentions(ADDRESSES_DISPUTES) && !referencesOtherTerms(doc));
  },
  fr: {
    present: [
      /m[ée]diat(ion|eur)|concilia(tion|teur)|r[èe]glement amiable|r[ée]solution amiable|(solution|accord|issue) amiable|[àa] l'amiable|(tentative|proc[ée]dure) amiable|CMAP|n[ée]gocia(tion|tions|er) de bonne foi|proc[ée]dure participative|mode(s)? alternatif/i,
    ],
    text: {
      title: 'Pas de règlement amiable préalable',
      explanation:
        "Le contrat ne prévoit aucune étape amiable (négociation, médiation) avant d'aller au tribunal. Une procédure courte et gratuite, comme le Médiateur des entreprises, règle souvent un impayé ou une rupture plus vite qu'un procès.",
      basis:
        "Une clause de conciliation préalable obligatoire est licite et rend irrecevable l'action engagée sans l'avoir respectée (Cass. ch. mixte 14 févr. 2003 n°00-19.423) ; pour les litiges jusqu'à 5 000 €, une tentative amiable est déjà imposée (CPC art. 750-1). Le Médiateur des entreprises est gratuit (retards de paiement, clauses déséquilibrées, ruptures brutales).",
      suggestion:
        "« En cas de différend, la Partie la plus diligente le notifie par écrit à l'autre ; les Parties disposent de quinze (15) jours pour négocier directement, puis saisissent le Médiateur des entreprises dans les trente (30) jours. À défaut d'accord, le litige est porté devant les tribunaux compétents. Cette procédure ne fait pas obstacle aux procédures de référé ni à l'injonction de payer. »",
    },
    examples: {
      flagged: [
        "Le Prestataire réalise les prestations décrites en annexe. Le Client règle les factures à trente (30) jours date de facture. Tout litige relatif au présent contrat sera soumis au Tribunal de commerce de Lyon.",
        "Article 1 - Objet. Le présent contrat définit les conditions de la mission de conseil ServiceNow. Article 2 - Prix. Le TJM est fixé à 650 euros HT. Article 3 - Litiges. Le présent contrat est soumis au droit français et tout différend relève des tribunaux de Paris.",
        "Le Consultant exécute la mission en toute indépendance. Chaque partie peut résilier le contrat avec un préavis d'un mois. Les tribunaux du siège du Client sont seuls compétents.",
      ],
      clean: [
        "Le Prestataire réalise les prestations décrites en annexe. Le Client règle les factures à trente (30) jours date de facture. En cas de différend, les Parties recourront à une médiation auprès du Médiateur des entreprises avant toute action judiciaire.",
        "Le Consultant exécute la mission en toute indépendance. Chaque partie peut résilier le contrat avec un préavis d'un mois. Tout litige fera l'objet d'une tentative de règlement amiable préalable pendant trente jours.",
        "Article 1 - Objet. Le présent contrat définit la mission. Article 2 - Litiges. Les Parties s'efforceront de résoudre leur différend à l'amiable. À défaut, les tribunaux de Paris seront compétents.",
      ],
    },
  },
  en: {
    present: [
      /mediat(ion|or|e)|conciliat|amicabl[ey]|escalat(e|ion)|good[- ]faith (negotiation|discussion|effort)|negotiate (in good faith|with each other)|alternative dispute resolution|\bADR\b|(attempt|endeavou?r|try|seek) (in good faith )?to resolve|informal(ly)? (resolution|resolve|dispute)/i,
    ],
    text: {
      title: 'No amicable step before court',
      explanation:
        'The contract has no step (direct negotiation, mediation) before going to court. A short, cheap procedure often settles an unpaid invoice or a termination faster than a lawsuit.',
      basis:
        'In England and Wales the parties are expected to consider ADR before issuing proceedings (Practice Direction – Pre-Action Conduct and Protocols, paras 8–11), and unreasonable refusal can cost them in court costs. Practice: a short, mutual escalation clause with a carve-out for urgent relief and debt claims.',
      suggestion:
        '"Any dispute shall first be notified in writing; the parties shall negotiate in good faith for fifteen (15) days, then attempt mediation within the following thirty (30) days. Failing settlement, either party may go to court. This does not prevent either party from seeking urgent interim relief or recovering undisputed invoices."',
    },
    examples: {
      flagged: [
        'Contractor shall perform the Services described in the Statement of Work. Company shall pay each invoice within thirty (30) days. This Agreement is governed by the laws of the State of New York and the courts of New York County have exclusive jurisdiction.',
        '1. Services. Consultant will provide software development services. 2. Fees. Company will pay Consultant $120 per hour. 3. Disputes. Any claim arising out of this Agreement shall be brought in the courts of London.',
        'Supplier will deliver the Deliverables by the dates in the Statement of Work. Either party may terminate this Agreement on thirty (30) days\' written notice. The courts of Texas shall have jurisdiction over any dispute.',
      ],
      clean: [
        'Contractor shall perform the Services described in the Statement of Work. Company shall pay each invoice within thirty (30) days. Any dispute shall first be referred to mediation before either party commences court proceedings.',
        '1. Services. Consultant will provide software development services. 2. Fees. Company will pay Consultant $120 per hour. 3. Disputes. The parties shall negotiate in good faith to resolve any dispute for thirty (30) days before going to court.',
        'Supplier will deliver the Deliverables by the dates in the Statement of Work. Either party may terminate this Agreement on thirty (30) days\' written notice. Disputes shall be escalated to the senior management of each party before any litigation.',
      ],
    },
  },
});
