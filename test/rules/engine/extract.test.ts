import { describe, expect, it } from 'vitest';
import {
  durations,
  feeMultiples,
  hasCarveOut,
  money,
  parseNumber,
  paymentTerms,
  percentages,
  territory,
} from '../../../rules/engine/extract';

const one = <T>(list: T[]): T => {
  expect(list).toHaveLength(1);
  return list[0]!;
};

describe('durations', () => {
  it.each([
    ['pendant douze (12) mois', 'fr', 12, 'months'],
    ['pendant 12 (douze) mois', 'fr', 12, 'months'],
    ["d'une durée d'un an", 'fr', 12, 'years'],
    ['18 mois', 'fr', 18, 'months'],
    ['dix-huit mois', 'fr', 18, 'months'],
    ['vingt-quatre (24) mois', 'fr', 24, 'months'],
    ['twelve (12) months', 'en', 12, 'months'],
    ['2 years', 'en', 24, 'years'],
    ['a year', 'en', 12, 'years'],
    ['twenty-four months', 'en', 24, 'months'],
  ] as const)('%s', (text, lang, months, unit) => {
    const d = one(durations(text, lang));
    expect(d.months).toBe(months);
    expect(d.unit).toBe(unit);
    expect(text.slice(d.index, d.index + d.length)).toMatch(/\d|[a-z]/);
  });

  it('converts days and weeks, with business days', () => {
    expect(one(durations('trois semaines', 'fr'))).toMatchObject({ days: 21, unit: 'weeks' });
    expect(one(durations('10 jours ouvrés', 'fr'))).toMatchObject({ days: 14, business: true });
    expect(one(durations('5 business days', 'en'))).toMatchObject({ days: 7, business: true });
    expect(one(durations("thirty (30) days' notice", 'en'))).toMatchObject({ days: 30, business: false });
    expect(one(durations('a 30-day period', 'en'))).toMatchObject({ days: 30 });
  });

  it('finds several in order and ignores articles without a unit', () => {
    const list = durations('2 ans et 18 mois, un préavis', 'fr');
    expect(list.map((d) => d.months)).toEqual([24, 18]);
    expect(durations('a reasonable time', 'en')).toEqual([]);
  });
});

describe('paymentTerms', () => {
  it.each([
    ['Les factures sont payables à 45 jours fin de mois.', 'fr', 45, true, 'unknown'],
    ['paiement à 60 jours date de facture', 'fr', 60, false, 'invoice-date'],
    ['règlement à 30 jours à compter de la réception de la facture', 'fr', 30, false, 'invoice-receipt'],
    ['payable le 10 du mois suivant', 'fr', 10, true, 'unknown'],
    ['paiement à 30 jours après validation du CRA par le client final', 'fr', 30, false, 'validation'],
    ['paiement sous 30 jours après réception du règlement du client final', 'fr', 30, false, 'end-client-payment'],
    ['paiement à 30 jours après recette', 'fr', 30, false, 'acceptance'],
    ['Payment terms: net 60.', 'en', 60, false, 'invoice-date'],
    ['Invoices are payable 60 days EOM', 'en', 60, true, 'unknown'],
    ['within thirty (30) days of receipt of a valid invoice', 'en', 30, false, 'invoice-receipt'],
    ['Contractor will be paid within 15 days after Company receives payment from the End Client', 'en', 15, false, 'end-client-payment'],
    ['payment within 30 days upon approval of timesheets', 'en', 30, false, 'validation'],
    ['payment within 45 days after completion of the services', 'en', 45, false, 'performance'],
  ] as const)('%s', (text, lang, days, eom, start) => {
    expect(one(paymentTerms(text, lang))).toMatchObject({ days, eom, start });
  });

  it('ignores durations outside a payment context', () => {
    expect(paymentTerms('Le Client dispose de 10 jours pour valider le livrable.', 'fr')).toEqual([]);
    expect(paymentTerms('Les factures sont payables à 30 jours. Le Client dispose de 10 jours pour contester.', 'fr').map((t) => t.days)).toEqual([30]);
    expect(paymentTerms('The term is 12 months.', 'en')).toEqual([]);
  });
});

describe('money', () => {
  it.each([
    ['10 000 €', 10000, 'EUR'],
    ['€10,000.50', 10000.5, 'EUR'],
    ['5 k€', 5000, 'EUR'],
    ['$2,500', 2500, 'USD'],
    ['£1,000', 1000, 'GBP'],
    ['une pénalité de 1 500,50 euros', 1500.5, 'EUR'],
    ['USD 5,000', 5000, 'USD'],
    ['1,5 M€', 1500000, 'EUR'],
  ] as const)('%s', (text, amount, currency) => {
    expect(one(money(text))).toMatchObject({ amount, currency });
  });

  it('needs a currency and does not start inside a number', () => {
    expect(money('en 2025, 300 €').map((m) => m.amount)).toEqual([300]);
    expect(money('12 mois')).toEqual([]);
  });
});

describe('feeMultiples', () => {
  it('reads months and years of billing in both languages', () => {
    expect(one(feeMultiples('sous peine de verser six (6) mois de facturation', 'fr')).months).toBe(6);
    expect(one(feeMultiples("une indemnité égale à 12 mois d'honoraires", 'fr')).months).toBe(12);
    expect(one(feeMultiples("un an de chiffre d'affaires", 'fr')).months).toBe(12);
    expect(one(feeMultiples("a fee equal to three months' fees", 'en')).months).toBe(3);
    expect(one(feeMultiples('3 months of billings', 'en')).months).toBe(3);
    expect(feeMultiples('pendant 6 mois après la fin du contrat', 'fr')).toEqual([]);
  });
});

describe('percentages', () => {
  it.each([
    ['une pénalité de 10 % par jour de retard', 'fr', 10, 'per-day'],
    ['10 % du montant total', 'fr', 10, 'total'],
    ['1,5 % HT des honoraires', 'fr', 1.5, 'fees'],
    ['au taux annuel de 12 %', 'fr', 12, 'per-year'],
    ['10% per day', 'en', 10, 'per-day'],
    ['5 % of the fees', 'en', 5, 'fees'],
    ['12% per annum', 'en', 12, 'per-year'],
    ['1.5% per month', 'en', 1.5, 'per-month'],
    ['3 %', 'fr', 3, 'unknown'],
  ] as const)('%s', (text, lang, value, base) => {
    expect(one(percentages(text, lang))).toMatchObject({ value, base });
  });
});

describe('territory', () => {
  it.each([
    ['en France', 'country'],
    ['en Île-de-France', 'region'],
    ['à Paris et en Île-de-France', 'region'],
    ['dans le monde entier', 'world'],
    ["sur le territoire de l'Union européenne", 'eu'],
    ['sans limitation géographique', 'world'],
    ['pendant 12 mois', 'undefined'],
    ['in the EU', 'eu'],
    ['worldwide', 'world'],
    ['in the UK or in London', 'country'],
    ['the business of us', 'undefined'],
    ['anywhere in the United States', 'country'],
    ['anywhere within the State of California', 'region'],
    ['anywhere in the world', 'world'],
    ['anywhere', 'world'],
  ] as const)('%s', (text, expected) => {
    expect(territory(text, /[àéî]|en |dans|sur|sans|pendant/.test(text) ? 'fr' : 'en')).toBe(expected);
  });
});

describe('hasCarveOut', () => {
  it('sees carve-outs and negations, not look-alikes', () => {
    for (const t of ['sauf accord préalable', "à l'exception de", 'sous réserve de', 'hors du champ']) expect(hasCarveOut(t, 'fr')).toBe(true);
    for (const t of ['prix hors taxes', 'le Prestataire s\'engage']) expect(hasCarveOut(t, 'fr')).toBe(false);
    for (const t of ['except as set out', 'unless agreed', 'notwithstanding clause 5', 'save that']) expect(hasCarveOut(t, 'en')).toBe(true);
    expect(hasCarveOut('the exceptional service', 'en')).toBe(false);
  });
});

describe('parseNumber', () => {
  it('reads digits and words', () => {
    expect(parseNumber('1 000', 'fr')).toBe(1000);
    expect(parseNumber('1,5', 'fr')).toBe(1.5);
    expect(parseNumber('dix-huit', 'fr')).toBe(18);
    expect(parseNumber('twenty four', 'en')).toBe(24);
  });
});

describe('linear time', () => {
  it('stays fast on pathological input', () => {
    const junk = `${'1 '.repeat(50_000)}${'douze '.repeat(20_000)}${'10 000 000 '.repeat(10_000)}`;
    const t0 = performance.now();
    durations(junk, 'fr');
    paymentTerms(junk, 'fr');
    money(junk);
    feeMultiples(junk, 'fr');
    percentages(junk, 'fr');
    territory(junk, 'fr');
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
