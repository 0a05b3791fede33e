import { defineCheck, type DocView } from '../engine/check';
import { percentages } from '../engine/extract';
import { referencesOtherTerms } from './LB-01';

const WAIVER = {
  fr: /(aucune|pas de) (p[ée]nalit[ée]|int[ée]r[êe]t|indemnit[ée])s?[^.]{0,40}(retard|recouvrement)[^.]{0,40}(ne sera|ne seront|n'est|ne pourra|due|exigible|applicable)|renonce[^.]{0,60}(p[ée]nalit[ée]s|int[ée]r[êe]ts|indemnit[ée] forfaitaire)|(p[ée]nalit[ée]s|int[ée]r[êe]ts) de retard[^.]{0,40}(ne (sera|seront|sont) pas (dus?|dues|exigibles|applicables|appliqu[ée]e?s))/i,
  en: /no (interest|late (fees?|charges?|payment (fees?|charges?|interest)))[^.]{0,40}(shall|will|may) (accrue|be (charged|payable|due))|waives?[^.]{0,60}(interest|late (fees?|charges?|payment)|statutory interest)|(interest|late fees?)[^.]{0,40}(shall|will) not (accrue|be (charged|payable|due))/i,
};
// A rate written as a formula at or above the floor is fine: "trois fois le taux d'intérêt légal", "taux BCE + 10 points".
const FORMULA = /(trois|3) fois le taux|taux (directeur |de refinancement )?(de la )?BCE[^.]{0,30}(major[ée]|\+|plus)|banque centrale europ[ée]enne[^.]{0,60}(major[ée]|\+|plus)|statutory interest|late payment of commercial debts/i;
// "intérêts au taux légal" is one times the legal rate, below the floor; "conformément aux dispositions légales" states no rate.
const LEGAL_RATE = /taux (de l'int[ée]r[êe]t |d'int[ée]r[êe]t )?l[ée]gal/i;
const VAGUE = /dispositions l[ée]gales|conform[ée]ment [àa] la (loi|r[ée]glementation)|(taux|dispositions) en vigueur/i;
const LATE_INTEREST_FR = /(retard|d[ée]faut de (paiement|r[èe]glement)|non-paiement|[àa] (son|leur) [ée]ch[ée]ance)[^.]{0,120}int[ée]r[êe]ts?/i;
const PAYEE_DOC = {
  fr: /factur|honoraires|\bTJM\b|tarif|\bprix\b|r[ée]mun[ée]ration/i,
  // English: only contracts with a concrete payment deadline (without one, PY-05 speaks).
  en: /\bnet[ -]?(\d{1,3}\b|[a-z-]+ \(\d+\))|(payable|paid|due|pay)[^.]{0,60}within [^.]{0,20}days|days (of|from|after) (the )?(date of )?(the |each |receipt of )?invoice/i,
};

export default defineCheck({
  id: 'PY-04',
  category: 'payment',
  severity: 'medium',
  kind: 'missing',
  party: 'any',
  thresholds: [
    {
      name: 'lateInterestFloorPercent',
      default: 7.86,
      unit: 'percent',
      label: { fr: 'Taux minimal des pénalités de retard (3 × taux légal)', en: 'Lowest late-payment interest rate (3 × French legal rate)' },
    },
  ],
  appliesTo(doc: DocView) {
    // Late-payment terms usually sit in the general terms a special-conditions document incorporates.
    return doc.role === 'provider' && doc.mentions(PAYEE_DOC[doc.lang]) && !referencesOtherTerms(doc);
  },
  // Clause level: penalties waived, or a rate below the floor (French law).
  assess({ unit }, doc) {
    if (doc.role !== 'provider') return null;
    if (WAIVER[unit.lang].test(unit.text)) return { variant: 'waived', severity: 'high', illegal: unit.lang === 'fr', params: { waived: true, rate: null } };
    if (unit.lang !== 'fr' || FORMULA.test(unit.text)) return null;
    if (LATE_INTEREST_FR.test(unit.text) && !/\d+([.,]\d+)? ?%/.test(unit.text)) {
      if (LEGAL_RATE.test(unit.text)) return { variant: 'below-floor', severity: 'high', illegal: true, params: { waived: false, rate: 'legal' } };
      if (VAGUE.test(unit.text)) return { variant: 'vague', severity: 'low', illegal: false, params: { waived: false, rate: null } };
      return null;
    }
    const rates = percentages(unit.text, unit.lang).filter((p) => p.base === 'per-year' || p.base === 'unknown' || p.base === 'per-month');
    if (!rates.length) return null;
    const annual = Math.max(...rates.map((p) => (p.base === 'per-month' ? p.value * 12 : p.value)));
    if (annual >= doc.threshold('lateInterestFloorPercent')) return null;
    return { variant: 'below-floor', severity: 'high', illegal: true, params: { waived: false, rate: annual } };
  },
  fr: {
    triggers: [
      WAIVER.fr,
      LATE_INTEREST_FR,
      /(p[ée]nalit[ée]s?|int[ée]r[êe]ts?) (de retard|moratoires)[^.]{0,150}\d+([.,]\d+)? ?%|\d+([.,]\d+)? ?%[^.]{0,80}(p[ée]nalit[ée]s?|int[ée]r[êe]ts?) de retard|retard de (paiement|r[èe]glement)[^.]{0,150}\d+([.,]\d+)? ?%/i,
    ],
    present: [
      /(p[ée]nalit[ée]s?|int[ée]r[êe]ts?) (de retard|moratoires)(?! de (livraison|r[ée]alisation|ex[ée]cution))|retard de (paiement|r[èe]glement)[^.]{0,80}(p[ée]nalit|int[ée]r[êe]t)|indemnit[ée] forfaitaire (pour frais )?de recouvrement|trois fois le taux d'int[ée]r[êe]t l[ée]gal/i,
      LATE_INTEREST_FR,
    ],
    text: {
      title: 'Pénalités de retard absentes, trop basses ou écartées',
      explanation:
        "Le contrat ne prévoit pas (ou écarte) les pénalités de retard et l'indemnité forfaitaire de 40 € : vous avez moins de levier face à un retard de paiement. La loi les applique quand même, mais leur mention est obligatoire.",
      basis:
        "Pénalités dues sans rappel, au taux BCE majoré de 10 points à défaut de stipulation ; un taux contractuel ne peut être inférieur à trois fois le taux d'intérêt légal (7,86 % au 1er semestre 2026) ; indemnité forfaitaire de 40 € pour frais de recouvrement (C. com. L441-10 II ; D441-5). Une renonciation ou un taux inférieur est contraire à ces règles.",
      suggestion:
        "« Tout retard de paiement entraîne de plein droit, sans rappel, des pénalités au taux de refinancement de la BCE majoré de dix (10) points, ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 € par facture (C. com. L441-10 II et D441-5). »",
    },
    variants: {
      waived: {
        title: 'Pénalités de retard écartées',
        explanation:
          "Le contrat écarte les pénalités de retard ou l'indemnité de 40 € : une telle renonciation est contraire à la loi et vous prive de tout levier face à un retard de paiement.",
      },
      'below-floor': {
        title: 'Taux de pénalités sous le minimum légal',
        explanation:
          "Le taux prévu en cas de retard de paiement est inférieur à trois fois le taux d'intérêt légal : la clause est contraire à la loi et un retard ne coûte presque rien au client.",
      },
      vague: {
        title: 'Pénalités de retard imprécises',
        explanation:
          "La clause renvoie à « la loi » sans fixer de taux ni mentionner l'indemnité forfaitaire de 40 € : ces mentions sont obligatoires et leur absence affaiblit vos relances.",
      },
    },
    examples: {
      flagged: [
        "Le Prestataire réalise une mission de développement ServiceNow. Le TJM est fixé à 600 € HT. Les factures sont payables à trente (30) jours date de facture.",
        "Article 1 - Objet : assistance technique. Article 2 - Prix : le Client règle les honoraires mensuellement. Article 3 - Durée : six mois à compter de la signature.",
        "⟦Aucune pénalité de retard ne sera due par le Client en cas de retard de paiement.⟧",
        "Le Consultant facture ses prestations chaque mois. ⟦En cas de retard de paiement, les sommes dues porteront intérêt au taux de 2 % l'an.⟧",
      ],
      clean: [
        "Le Prestataire réalise une mission de développement ServiceNow. Le TJM est fixé à 600 € HT. En cas de retard de paiement, des pénalités au taux BCE majoré de 10 points et une indemnité forfaitaire de 40 € seront exigibles.",
        "Article 1 - Objet : assistance technique. Article 2 - Prix : les honoraires sont réglés mensuellement. Article 3 - Retard : des intérêts de retard égaux à trois fois le taux d'intérêt légal sont dus.",
        "En cas de retard de paiement, les sommes dues porteront intérêt au taux de 12 % l'an.",
      ],
    },
  },
  en: {
    triggers: [WAIVER.en],
    present: [
      /late (fee|charge|payment)|interest (on|at)[^.]{0,60}(late|overdue|unpaid|past[- ]due|outstanding)|(overdue|late|unpaid|past[- ]due|outstanding) (amounts|payments|invoices|sums|balances)[^.]{0,80}interest|statutory interest|late payment of commercial debts|interest at (the )?(rate|lesser)|per month on (any )?(overdue|late|unpaid)/i,
    ],
    text: {
      title: 'No late-payment interest',
      explanation:
        'Nothing in the contract makes late payment cost the client anything, or interest is waived: you have little leverage when an invoice is overdue.',
      basis:
        'UK: statutory interest at Bank of England base rate + 8% and fixed compensation (£40/£70/£100) apply and cannot be excluded unless the contract gives a substantial remedy (Late Payment of Commercial Debts (Interest) Act 1998). EU Directive 2011/7/EU: at least ECB reference rate + 8 points and €40. US practice: 1–1.5% per month.',
      suggestion:
        '"Any amount not paid when due bears interest at 1.5% per month (or the maximum rate permitted by law, if lower) from the due date until paid, plus reasonable costs of collection."',
    },
    variants: {
      waived: {
        title: 'Late-payment interest waived',
        explanation:
          'The contract waives interest or late fees on overdue invoices: an overdue payment then costs the client nothing and you lose your main leverage.',
      },
      'below-floor': {
        title: 'Late-payment rate below the legal floor',
        explanation:
          'The late-payment rate is below the statutory minimum (in France, three times the legal interest rate): the clause is unlawful there and a late payment costs the client almost nothing.',
      },
      vague: {
        title: 'Vague late-payment terms',
        explanation:
          'The clause only refers to "the law" without stating a rate or a fixed recovery fee: state them so that your reminders carry weight.',
      },
    },
    examples: {
      flagged: [
        'Contractor will provide web development services. Company will pay Contractor $95 per hour. Contractor will invoice monthly and Company will pay within thirty (30) days.',
        '1. Services. Consultant will design the mobile application. 2. Fees. The fee is $12,000, payable within fifteen (15) days of each milestone. 3. Term. This Agreement ends on delivery.',
        '⟦Contractor waives any right to charge interest or late fees on overdue invoices.⟧',
      ],
      clean: [
        'Contractor will provide web development services. Company will pay Contractor $95 per hour within thirty (30) days of invoice. Late payments bear interest at 1.5% per month.',
        '1. Services. Consultant will design the mobile application. 2. Fees. The fee is $12,000. 3. Late payment. Overdue invoices accrue statutory interest under the Late Payment of Commercial Debts (Interest) Act 1998.',
        'Overdue amounts shall bear interest at the rate of one percent (1%) per month.',
      ],
    },
  },
});
