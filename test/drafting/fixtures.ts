import type { Finding } from '../../rules/engine/types';

/** A finding with every field filled; tests override what they exercise. */
export function finding(over: Partial<Finding> & Pick<Finding, 'id'>): Finding {
  return {
    check: 'NC-01',
    category: 'non-compete',
    severity: 'medium',
    kind: 'risky',
    illegal: false,
    start: 0,
    end: 10,
    quote: 'Le Prestataire s’interdit toute activité concurrente pendant 24 mois.',
    location: 'Article 9.2 — Non-concurrence',
    params: {},
    title: 'Non-concurrence disproportionnée',
    explanation: 'Vous ne pourrez plus travailler dans votre domaine pendant deux ans. Cela vaut aussi pour les clients que vous aviez avant.',
    basis: 'Jurisprudence constante : limitée dans le temps et l’espace (Cass. com.). Pratique de marché : 12 mois.',
    suggestion: 'Limiter la non-concurrence à 6 mois, au seul client final, avec une contrepartie financière.',
    dismissed: false,
    ...over,
  };
}

export const FR_FINDINGS: Finding[] = [
  finding({ id: 'NC-01#a', start: 500 }),
  finding({
    id: 'PY-01#b',
    check: 'PY-01',
    category: 'payment',
    severity: 'high',
    illegal: true,
    start: 900,
    location: 'Article 6 — Paiement',
    quote: 'Les factures sont payables à 90 jours fin de mois à compter de la réception de la facture par le Client, après validation du paiement par le client final et sous réserve de la bonne exécution de la mission dans son ensemble.',
    title: 'Délai de paiement au-delà du maximum légal',
    explanation: 'Un délai de 90 jours dépasse le plafond légal. Votre trésorerie en souffre.',
    basis: 'Art. L441-10 C. com. : 60 jours à compter de l’émission de la facture ou 45 jours fin de mois.',
    suggestion: 'Paiement à 30 jours à compter de la date d’émission de la facture.',
  }),
  finding({
    id: 'DR-01#c',
    check: 'DR-01',
    category: 'amicable-resolution',
    severity: 'low',
    kind: 'missing',
    start: 0,
    end: 0,
    quote: '',
    location: '',
    title: 'Pas de médiation préalable',
    explanation: 'Le moindre différend peut aller directement au tribunal.',
    basis: 'Pratique recommandée.',
    suggestion: 'Ajouter : « En cas de différend, les Parties recherchent une solution amiable, y compris par une médiation, avant toute action. »',
  }),
  finding({ id: 'LB-01#d', check: 'LB-01', category: 'liability', severity: 'high', start: 300, location: 'Article 11 — Responsabilité', title: 'Responsabilité illimitée', quote: 'Le Prestataire est responsable de tout dommage.', explanation: 'Un seul incident peut vous ruiner.', suggestion: 'Plafonner la responsabilité au montant des honoraires perçus sur 12 mois.' }),
];

export const EN_FINDINGS: Finding[] = [
  finding({
    id: 'PY-01#e',
    check: 'PY-01',
    category: 'payment',
    severity: 'high',
    illegal: true,
    location: 'Clause 6 — Payment',
    quote: 'Invoices are payable 120 days after approval by the End Client.',
    title: 'Payment term too long',
    explanation: 'You will wait four months to be paid. Cash flow suffers.',
    basis: 'Late Payment of Commercial Debts (Interest) Act 1998.',
    suggestion: 'Invoices are payable within 30 days of the invoice date.',
  }),
  finding({ id: 'NC-01#f', location: 'Clause 9 — Non-compete', quote: 'The Contractor shall not compete for 24 months.', title: 'Long non-compete', explanation: 'You could not work in your field for two years.', basis: 'Market practice: 6 to 12 months.', suggestion: 'Limit the non-compete to 6 months and the end client only.' }),
];
