import { defineCheck } from '../engine/check';
import { durations, paymentTerms } from '../engine/extract';

const PAYMENT = /paiement|pay|r[èée]gl|factur|[ée]ch[ée]ance|invoice|remit/i;
const DEEMED = /r[ée]put[ée]e?s? (valid|accept|approuv)|valid[ée]e?s? tacitement|[àa] d[ée]faut (de (contestation|r[ée]serves?|r[ée]ponse|refus)|d'observations?)|sans (r[ée]ponse|contestation)[^.]{0,40}(dans|sous)|deemed (approved|accepted)|unless (disputed|rejected|objected)|if (not|no) (disputed|rejected|objection)/i;

export default defineCheck({
  id: 'PY-02',
  category: 'payment',
  severity: 'high',
  kind: 'risky',
  party: 'any',
  thresholds: [
    {
      name: 'validationMaxDays',
      default: 10,
      unit: 'days',
      label: { fr: 'Délai maximal de validation (CRA, recette) avant facturation', en: 'Longest approval window (timesheet, acceptance) before invoicing' },
    },
    {
      name: 'paymentTargetDays',
      default: 30,
      unit: 'days',
      label: { fr: 'Délai de paiement souhaité', en: 'Payment term you aim for' },
    },
  ],
  assess({ unit }, doc) {
    if (doc.role !== 'provider' || !PAYMENT.test(unit.text) || /fill in|\be\.g\.|par exemple/i.test(unit.text)) return null;
    const term = paymentTerms(unit.text, unit.lang).find((t) => t.start !== 'unknown' && t.start !== 'invoice-date' && t.start !== 'performance');
    const start = term?.start ?? startOf(unit.text);
    if (!start || start === 'end-client-payment') return null; // PY-03
    const deemed = DEEMED.test(unit.text);
    const window = deemed ? Math.min(...durations(unit.text, unit.lang).map((d) => (d.business ? Math.round((d.days * 7) / 5) : d.days))) : null;
    const params = { start_point: start, deemed_approval: deemed, validation_deadline_days: window !== null && Number.isFinite(window) ? window : null };
    if (start === 'invoice-receipt') {
      const total = term?.days ?? 0;
      if (unit.lang === 'en') return total > doc.threshold('paymentTargetDays') ? { severity: 'low', params } : null;
      return { severity: total > doc.threshold('paymentTargetDays') ? 'medium' : 'low', params };
    }
    if (params.validation_deadline_days !== null) {
      return params.validation_deadline_days > doc.threshold('validationMaxDays') ? { severity: 'medium', params } : null;
    }
    return { severity: 'high', params };
  },
  fr: {
    triggers: [
      /(r[ée]ception|r[ée]ceptionn[ée]e?) de (la|chaque|sa) facture|factures? re[çc]ues?|factures?[^.]{0,100}[àa] compter de (leur|sa) r[ée]ception/i,
      /^(?=[^]*?(paiement|pay[ée]|payable|factur|r[èée]gl|[ée]ch[ée]ance))[^]*?(apr[èe]s (la )?(validation|approbation|recette|acceptation|signature du (pv|proc[èe]s-verbal))|(compte[- ]rendu d'activit[ée]|CRA|relev[ée] d'activit[ée]|feuilles? de temps|bon de commande|pv|proc[èe]s-verbal)[^.]{0,60}(valid|sign|approuv)|valid[ée]e?s? (pr[ée]alablement )?par le client( final)?)/i,
    ],
    text: {
      title: 'Délai de paiement retardé par une validation',
      explanation:
        "Le délai de paiement ne part pas de la date de votre facture mais d'une validation (CRA, recette, réception de la facture) dont le client maîtrise la date : le délai réel s'allonge sans limite.",
      basis:
        "Le délai légal court à compter de la date d'émission de la facture (C. com. L441-10 I) ; la DGCCRF sanctionne les pratiques qui retardent artificiellement son point de départ. Les procédures de vérification ou d'acceptation sont encadrées en durée (plafond à vérifier dans la rédaction actuelle de L441-10).",
      suggestion:
        "« Le délai de paiement court à compter de la date d'émission de la facture. Le compte-rendu d'activité est réputé validé à défaut de contestation écrite et motivée dans les cinq (5) jours ouvrés de sa transmission ; la facturation n'est pas subordonnée à l'usage des outils du client final. »",
    },
    examples: {
      flagged: [
        "⟦Les factures ne pourront être émises qu'après validation du compte-rendu d'activité par le client final.⟧",
        "Le Prestataire transmet son CRA chaque fin de mois. ⟦Le paiement interviendra à quarante-cinq (45) jours à compter de la réception de la facture par le Client.⟧",
        "⟦Le solde sera réglé à trente (30) jours après signature du procès-verbal de recette.⟧",
      ],
      clean: [
        "Le paiement interviendra à trente (30) jours à compter de la date d'émission de la facture.",
        "Le compte-rendu d'activité est réputé validé à défaut de contestation dans les cinq (5) jours ouvrés ; la facture est payable à trente (30) jours date de facture.",
        "Le Prestataire transmet chaque mois son compte-rendu d'activité au Client.",
      ],
    },
  },
  en: {
    triggers: [
      /(receipt|received) of (a |the |each |an )?(valid |proper |correct |undisputed )?invoice/i,
      /(pay|paid|payable|payment|invoic)[^.]{0,120}((upon|after|following|subject to|until|unless|before) (the )?(written )?(approval|acceptance|sign-off)|(until|unless|before)[^.]{0,80}(approved|signed[- ]off|accepted)|approved time ?sheets?|time ?sheets? (approved|approval)|approval of (the )?(time ?sheets?|deliverables|work))/i,
    ],
    text: {
      title: 'Payment clock starts on approval',
      explanation:
        'The payment term does not start at your invoice date but at an approval (timesheet, acceptance, receipt) whose timing the client controls: the real delay grows without limit.',
      basis:
        'Practice: the term runs from the invoice date, and timesheets or deliverables are deemed approved if not disputed within a few business days. In France the legal term runs from the invoice issue date (C. com. L441-10 I).',
      suggestion:
        '"Payment is due thirty (30) days from the invoice date. Timesheets are deemed approved unless Company disputes them in writing, with reasons, within five (5) business days of submission."',
    },
    examples: {
      flagged: [
        '⟦Contractor may only invoice for hours recorded on timesheets approved by the End Client.⟧',
        'Contractor shall submit a timesheet weekly. ⟦Company shall pay the fees within thirty (30) days following acceptance of the Deliverables by Company.⟧',
        '⟦Payment shall be made within sixty (60) days of receipt of a valid invoice.⟧',
        '⟦The Client shall not be obliged to pay any invoice until the Consultant\'s timesheets have been signed off by the End Client.⟧',
      ],
      clean: [
        'Payment is due thirty (30) days from the invoice date.',
        'Timesheets are deemed approved unless Company disputes them in writing within five (5) business days of submission, and each invoice is payable within thirty (30) days.',
        'Company shall pay each invoice within thirty (30) days of receipt of the invoice.',
      ],
    },
  },
});

/** Start point when no payment term is stated in the unit ("factures émises après validation du CRA"). */
function startOf(text: string): 'validation' | 'acceptance' | 'invoice-receipt' | null {
  if (/recette|proc[èe]s-verbal|\bpv\b|acceptance|accepted/i.test(text)) return 'acceptance';
  if (/valid|approb|approv|CRA|compte[- ]rendu|time ?sheet/i.test(text)) return 'validation';
  if (/r[ée]ception|receipt|received/i.test(text)) return 'invoice-receipt';
  return null;
}
