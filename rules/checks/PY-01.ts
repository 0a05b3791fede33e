import { defineCheck } from '../engine/check';
import { paymentTerms } from '../engine/extract';

// Periodic (e.g. monthly CRA-based) invoices have a 45-day cap in French law.
const PERIODIC = /factures? (p[ée]riodiques?|r[ée]capitulatives?|mensuelles?)|factur[ée]e?s? mensuellement|facturation mensuelle/i;
// Late-payment penalty clauses name days too ("30 jours de retard"): they are PY-04's.
// Template instructions and liability caps ("fees paid or payable in the 12 months before the claim") are not terms.
const NOT_A_TERM = /remise|rabais|ristourne|volume|discount|fill in|\be\.g\.|par exemple|liabilit|responsabilit[ée]|(paid|pay[ée]e?s|vers[ée]e?s) (or|ou) (payable|dus|dues|payables)/i;
const PENALTY_ONLY = /p[ée]nalit[ée]s? de retard|int[ée]r[êe]ts? de retard|late (fee|charge)|interest (on|at)/i;

export default defineCheck({
  id: 'PY-01',
  category: 'payment',
  severity: 'high',
  kind: 'risky',
  illegal: true,
  party: 'any',
  thresholds: [
    {
      name: 'paymentMaxDays',
      default: 60,
      unit: 'days',
      label: { fr: 'Délai de paiement maximal (date de facture)', en: 'Longest payment term (from invoice date)' },
    },
    {
      name: 'paymentMaxDaysEom',
      default: 45,
      unit: 'days',
      label: { fr: 'Délai maximal en fin de mois / factures périodiques', en: 'Longest term end of month / periodic invoices' },
    },
    {
      name: 'paymentTargetDays',
      default: 30,
      unit: 'days',
      label: { fr: 'Délai de paiement souhaité', en: 'Payment term you aim for' },
    },
  ],
  assess({ unit }, doc) {
    // Being paid late only hurts the side that is paid.
    if (doc.role !== 'provider' || NOT_A_TERM.test(unit.text)) return null;
    // Beyond six months a "term" is some other period (a cap's look-back, a contract term).
    const terms = paymentTerms(unit.text, unit.lang).filter((t) => t.days <= 180);
    if (!terms.length || (PENALTY_ONLY.test(unit.text) && terms.length === 1 && !/payable|pay[ée]e?s? [àa]|r[èe]gl[ée]e?s? [àa]/i.test(unit.text))) return null;
    // The longest term stated, in calendar days.
    const term = terms.reduce((a, b) => (days(b) > days(a) ? b : a));
    const total = days(term);
    const periodic = PERIODIC.test(unit.text);
    const params = { term_days: total, eom: term.eom, start_point: term.start, periodic_invoice: periodic, business_days: term.business };
    const target = doc.threshold('paymentTargetDays');
    if (unit.lang === 'fr') {
      const cap = term.eom || periodic ? doc.threshold('paymentMaxDaysEom') : doc.threshold('paymentMaxDays');
      if (total > cap) return { severity: 'high', illegal: true, params };
      if (total >= doc.threshold('paymentMaxDaysEom')) return { severity: 'medium', illegal: false, params };
      return total > target ? { severity: 'low', illegal: false, params } : null;
    }
    if (total > doc.threshold('paymentMaxDays')) return { severity: 'high', illegal: false, params };
    return total > target ? { severity: 'medium', illegal: false, params } : null;
  },
  fr: {
    triggers: [
      /(paiement|pay[ée]e?s?|payables?|r[èe]glement(?! (amiable|\(ue\)|europ[ée]en|g[ée]n[ée]ral|int[ée]rieur|d'arbitrage|des (litiges|diff[ée]rends)))|r[ée]gl[ée]e?s?|factures?|[ée]ch[ée]ance)[^.]{0,150}(jours|fin de mois|FDM|mois suivant)/i,
      /(jours|fin de mois)[^.]{0,80}(paiement|r[èe]glement(?! amiable| d'arbitrage)|factur)/i,
    ],
    text: {
      title: 'Délai de paiement trop long',
      explanation:
        "Vous seriez payé {term_days} jours après la facture. Au-delà de 60 jours date de facture ou 45 jours fin de mois, le délai est illégal ; même légal, un délai long pèse sur votre trésorerie.",
      basis:
        "Le délai convenu ne peut dépasser 60 jours à compter de la date d'émission de la facture, ou 45 jours fin de mois s'il est expressément stipulé ; 45 jours pour les factures périodiques (C. com. L441-10 I). Amende administrative jusqu'à 75 000 € (personne physique) ou 2 M€ (personne morale) (C. com. L441-16).",
      suggestion:
        "« Les factures, émises mensuellement le dernier jour ouvré du mois, sont payables à trente (30) jours à compter de leur date d'émission. »",
    },
    examples: {
      flagged: [
        "⟦Les factures sont payables à quatre-vingt-dix (90) jours date de facture.⟧",
        "Le Prestataire facture ses prestations chaque mois. ⟦Le règlement interviendra à soixante (60) jours fin de mois.⟧",
        "⟦Les factures mensuelles du Consultant seront réglées à soixante (60) jours à compter de leur émission.⟧",
        "⟦Le paiement interviendra au maximum 60 jours après chacune des itérations.⟧",
      ],
      clean: [
        "Les factures sont payables à trente (30) jours date de facture.",
        "Les factures sont payables par virement à quinze (15) jours fin de mois.",
        "Les factures sont payables à réception.",
        "Une remise de 3 % s'applique aux factures au-delà de 100 jours de prestation dans l'année.",
        "En cas de retard de paiement, des pénalités de retard au taux de trois fois le taux d'intérêt légal seront exigibles.",
      ],
    },
  },
  en: {
    triggers: [
      /\bnet[ -]?\d{2,3}\b/i,
      /(pay|paid|payable|payment|invoices?|remit)[^.]{0,150}days/i,
      /days[^.]{0,80}(invoice|payment)/i,
    ],
    text: {
      title: 'Long payment term',
      explanation:
        'You would be paid {term_days} days after invoicing. Long terms (net 60, net 90) fund the client\'s cash flow with yours; guides recommend net 15–30.',
      basis:
        'Freelance guides flag net 60/90 as a red flag. EU Directive 2011/7/EU: 60 days B2B unless expressly agreed and not grossly unfair; UK default credit period is 30 days (Late Payment of Commercial Debts (Interest) Act 1998, s.4). In France the cap is 60 days from invoice or 45 days end of month (C. com. L441-10 I).',
      suggestion:
        '"Contractor shall invoice monthly. Each invoice is payable within thirty (30) days of the invoice date."',
    },
    examples: {
      flagged: [
        '⟦Payment terms are net 60.⟧',
        'Contractor shall invoice Company monthly in arrears. ⟦Company shall pay each undisputed invoice within ninety (90) days of the invoice date.⟧',
        '⟦All invoices are payable forty-five (45) days from the date of invoice.⟧',
      ],
      clean: [
        'Company shall pay each invoice within thirty (30) days of the invoice date.',
        'Payment terms are net 15.',
        'Contractor shall submit invoices monthly, together with approved timesheets.',
      ],
    },
  },
});

/** A term in calendar days: business days count 7 for 5. */
function days(t: { days: number; business: boolean }): number {
  return t.business ? Math.round((t.days * 7) / 5) : t.days;
}
