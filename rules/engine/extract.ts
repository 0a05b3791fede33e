/**
 * Parameter extractors shared by the checks, French and English. All work on normalised text and return
 * matches in order of appearance, with `index`/`length` relative to the input string.
 * Written to run in linear time: no nested unbounded quantifiers, lookbehinds of one character.
 */
import type { Lang } from './types';
import { compileOnce } from './warm';

interface Located {
  index: number;
  length: number;
}

// ---------------------------------------------------------------------------------------------------------
// Numbers written in words. Longer alternatives first so "dix-huit" is not read as "dix".

const FR_NUMBERS: Record<string, number> = {
  'quatre-vingt-dix': 90, 'quatre-vingts': 80, 'quatre-vingt': 80, 'soixante-dix': 70, 'vingt-quatre': 24,
  'trente-six': 36, 'quarante-cinq': 45, 'quarante-huit': 48, 'dix-huit': 18, 'dix-sept': 17, 'dix-neuf': 19,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
  douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40,
  cinquante: 50, soixante: 60, cent: 100,
};
const EN_NUMBERS: Record<string, number> = {
  'twenty-four': 24, 'thirty-six': 36, 'forty-five': 45, 'forty-eight': 48, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6,
  seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const NUMBER_WORDS: Record<Lang, Record<string, number>> = { fr: FR_NUMBERS, en: EN_NUMBERS };

function alternation(words: string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[-\s]/g, '[-\\s]'))
    .join('|');
}
const WORDS_ALT: Record<Lang, string> = { fr: alternation(Object.keys(FR_NUMBERS)), en: alternation(Object.keys(EN_NUMBERS)) };

/** The value of a number written in digits ("1 000", "1,5") or in words ("douze", "twenty-four"). */
export function parseNumber(raw: string, lang: Lang): number {
  const s = raw.trim().toLowerCase();
  if (/^\d/.test(s)) return Number(s.replace(/[\s\u00a0.](?=\d{3}(?!\d))/g, '').replace(',', '.'));
  const key = s.replace(/[\s-]+/g, '-');
  return NUMBER_WORDS[lang][key] ?? NaN;
}

/**
 * A number in digits, in words, or both ("douze (12)", "12 (douze)", "twelve (12)"). Group `num` holds the
 * value to read: the digits when there are any.
 */
function numberPattern(lang: Lang): string {
  const words = WORDS_ALT[lang];
  return (
    `(?:(?:${words})\\s*\\(\\s*(?<d1>\\d+(?:[.,]\\d+)?)\\s*\\)` +
    `|(?<d2>\\d+(?:[.,]\\d+)?)(?:\\s*\\(\\s*[\\p{L}][\\p{L}\\- ]{0,30}\\))?` +
    `|(?<w>${words}))`
  );
}
function numberOf(groups: Record<string, string | undefined>, lang: Lang): number {
  const raw = groups.d1 ?? groups.d2 ?? groups.w ?? '';
  return parseNumber(raw, lang);
}

const L = '(?<![\\p{L}\\d])'; // start of a word (one-character lookbehind)
const R = '(?![\\p{L}\\d])'; // end of a word

/** Every match of a global regex (a plain array: generators cost more on the hot path). */
function matches(re: RegExp, text: string): RegExpExecArray[] {
  compileOnce(re);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    out.push(m);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Durations

/** "douze (12) mois", "twelve (12) months", "un an", "2 years", "18 mois", "trois semaines". */
export interface Duration extends Located {
  /** The duration in months (days / 30.44, weeks × 7 / 30.44). */
  months: number;
  /** The duration in calendar days (months × 30, years × 365; business days × 7 / 5, rounded up). */
  days: number;
  unit: 'days' | 'weeks' | 'months' | 'years';
  /** "jours ouvrés / ouvrables / business days / working days". */
  business: boolean;
}

const DURATION_RE: Record<Lang, RegExp> = {
  fr: new RegExp(
    `${L}${numberPattern('fr')}\\s*(?<unit>jours?|j(?=[\\s.,;)])|semaines?|mois|ans|an|années?)${R}` +
      `(?:\\s*(?<biz>ouvrés|ouvrables|calendaires|francs))?`,
    'giu',
  ),
  en: new RegExp(
    `${L}${numberPattern('en')}\\s*(?:-\\s*)?(?<biz>business|working|calendar|clear)?\\s*` +
      `(?<unit>days?|weeks?|months?|years?)${R}`,
    'giu',
  ),
};

function unitOf(raw: string): Duration['unit'] {
  const u = raw.toLowerCase();
  if (u.startsWith('j') || u.startsWith('d')) return 'days';
  if (u.startsWith('s') || u.startsWith('w')) return 'weeks';
  if (u.startsWith('m')) return 'months';
  return 'years';
}

/** A duration needs its unit word: testing for it first skips the number-word scan on most text. */
const DURATION_HINT: Record<Lang, RegExp> = { fr: /jour|j[\s.,;)]|semaine|mois|(?<![\p{L}])an/iu, en: /day|week|month|year/i };

export function durations(text: string, lang: Lang): Duration[] {
  compileOnce(DURATION_HINT[lang]);
  const out: Duration[] = [];
  if (!DURATION_HINT[lang].test(text)) return out;
  for (const m of matches(DURATION_RE[lang], text)) {
    const g = m.groups ?? {};
    const n = numberOf(g, lang);
    if (!Number.isFinite(n)) continue;
    // "a"/"an"/"un"/"une" are articles unless a unit follows directly: "un an", "a year".
    const unit = unitOf(g.unit ?? '');
    const biz = (g.biz ?? '').toLowerCase();
    const business = biz === 'ouvrés' || biz === 'ouvrables' || biz === 'business' || biz === 'working';
    let days: number;
    let months: number;
    if (unit === 'days') {
      days = business ? Math.ceil((n * 7) / 5) : n;
      months = days / 30.44;
    } else if (unit === 'weeks') {
      days = n * 7;
      months = days / 30.44;
    } else if (unit === 'months') {
      months = n;
      days = n * 30;
    } else {
      months = n * 12;
      days = n * 365;
    }
    out.push({ index: m.index, length: m[0].length, months, days, unit, business });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Payment terms

export type StartPoint =
  | 'invoice-date' // date d'émission / de facture, invoice date
  | 'invoice-receipt' // réception de la facture, receipt of invoice
  | 'validation' // validation du CRA / timesheet approval
  | 'acceptance' // après recette / upon acceptance
  | 'end-client-payment' // règlement du client final, paid by the end client
  | 'performance' // exécution de la prestation, completion of the services
  | 'unknown';

/** "45 jours fin de mois", "net 60", "60 days EOM", "à 90 jours date de facture", "le 10 du mois suivant". */
export interface PaymentTerm extends Located {
  days: number;
  eom: boolean;
  business: boolean;
  start: StartPoint;
}

const EOM_AFTER = /^\s*,?\s*(?:(?:à\s+)?(?:la\s+)?fin\s+de\s+(?:ce\s+)?mois|fdm|f\.d\.m\.?|eom|e\.o\.m\.?|(?:from\s+|after\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?month)(?![\p{L}])/iu;
const PAYMENT_CONTEXT: Record<Lang, RegExp> = {
  fr: /(?:paiement|payé|payée|payées|payés|payable|payables|régl|règlement|factur|net|échéance|délai\s+de\s+paiement|versé|versement|acquitt)/iu,
  en: /(?:pay|paid|invoice|net\b|remit|settle|due\b|billing)/iu,
};
const NET_RE = /(?<![\p{L}\d])(?:net|n)\s*[- ]?\s*(\d{1,3})(?![\d\p{L}])/giu;
/** "30 jours date de facture", "30 days of receipt of a valid invoice": the anchor names the invoice. */
const INVOICE_AFTER = /^\s*(?:date\s+de\s+factur|(?:of|from|after|following|upon)\s+[^.;]{0,40}invoic|(?:à\s+compter\s+d[eu]|après|suivant|dès)\s+[^.;]{0,40}factur)/iu;
const NET_AFTER_RE = /^\s*(?:jours?|days?)?\s*net(?![\p{L}])/iu;
const TENTH_RE = /(?<![\p{L}\d])le\s+(\d{1,2})\s+du\s+mois\s+suivant/giu;
const START_POINTS: [StartPoint, RegExp][] = [
  [
    'end-client-payment',
    /(?:paiement|règlement|réglé|payé|encaissement|fonds)[^.;]{0,40}client\s+final|client\s+final[^.;]{0,20}(?:aura\s+)?(?:payé|réglé|versé)|(?:payment|paid)[^.;]{0,40}end[-\s]client|encaissement|réception\s+(?:des\s+fonds|du\s+(?:règlement|paiement))|pay[-\s]when[-\s]paid|pay[-\s]if[-\s]paid|back[-\s]to[-\s]back|(?:receipt\s+of\s+)?payment\s+(?:from|by)\s+(?:the\s+)?(?:client|customer)|paid\s+by\s+the\s+(?:client|customer)/iu,
  ],
  [
    'validation',
    /validation|validé|\bcra\b|compte[-\s]rendu\s+d.activité|relevé\s+d.activité|feuilles?\s+de\s+temps|timesheets?|approv/iu,
  ],
  ['acceptance', /recette|procès[-\s]verbal|\bpv\b|acceptance|accepted/iu],
  [
    'invoice-receipt',
    /réception\s+(?:de\s+(?:la\s+)?|des\s+|d.une\s+)?factures?|factures?\s+reçues?|receipt\s+of\s+(?:the\s+|a\s+|an\s+|each\s+|any\s+)?(?:valid\s+|correct\s+|proper\s+|undisputed\s+)?invoices?|(?:invoices?\s+(?:is\s+|are\s+)?received|receives?\s+(?:the\s+|an?\s+)?invoice)/iu,
  ],
  [
    'invoice-date',
    /date\s+(?:de\s+|d.)(?:la\s+)?(?:facture|facturation|émission)|émission\s+de\s+la\s+facture|invoice\s+date|date\s+of\s+(?:the\s+)?invoice|(?:of|from|after)\s+(?:the\s+)?invoic(?:e|ing)/iu,
  ],
  [
    'performance',
    /exécution\s+de\s+la\s+prestation|réalisation\s+de\s+la\s+prestation|fin\s+de\s+la\s+(?:prestation|mission)|livraison|completion|performance\s+of\s+the\s+services|delivery/iu,
  ],
];

/** Up to 80 characters before `index`, cut at the previous sentence or clause end. */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 80), index);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'));
  return cut < 0 ? before : before.slice(cut + 1);
}
function clauseAfter(text: string, end: number): string {
  const after = text.slice(end, end + 160);
  const cut = after.search(/[.;](?:\s|$)/);
  return cut < 0 ? after : after.slice(0, cut);
}

function startPoint(text: string, index: number, end: number, net: boolean): StartPoint {
  const window = clauseBefore(text, index) + text.slice(index, end) + clauseAfter(text, end);
  for (const [point, re] of START_POINTS) if (re.test(window)) return point;
  return net ? 'invoice-date' : 'unknown';
}

/** Run on the candidate units of the payment checks: compiled at once, at the first call (warm.ts). */
const PAYMENT_PATTERNS = [EOM_AFTER, NET_AFTER_RE, INVOICE_AFTER, PAYMENT_CONTEXT.fr, PAYMENT_CONTEXT.en, ...START_POINTS.map(([, re]) => re)];

export function paymentTerms(text: string, lang: Lang): PaymentTerm[] {
  compileOnce(...PAYMENT_PATTERNS);
  const out: PaymentTerm[] = [];
  const taken: [number, number][] = [];
  const overlaps = (a: number, b: number) => taken.some(([s, e]) => a < e && b > s);
  const push = (t: PaymentTerm) => {
    taken.push([t.index, t.index + t.length]);
    out.push(t);
  };
  for (const m of matches(NET_RE, text)) {
    // "n30" only in the compact form; "net" is enough on its own.
    if (/^n\d/i.test(m[0]) === false && !/^net/i.test(m[0])) continue;
    const days = Number(m[1]);
    let end = m.index + m[0].length;
    const eom = EOM_AFTER.exec(text.slice(end, end + 40));
    if (eom) end += eom[0].length;
    push({ index: m.index, length: end - m.index, days, eom: !!eom, business: false, start: startPoint(text, m.index, end, true) });
  }
  for (const m of matches(TENTH_RE, text)) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
    push({ index: m.index, length: m[0].length, days: Number(m[1]), eom: true, business: false, start: startPoint(text, m.index, m.index + m[0].length, false) });
  }
  for (const d of durations(text, lang)) {
    if (d.unit !== 'days' && d.unit !== 'months') continue;
    let end = d.index + d.length;
    if (overlaps(d.index, end)) continue;
    const after = text.slice(end, end + 60);
    const eom = EOM_AFTER.exec(after);
    const netAfter = !eom && NET_AFTER_RE.exec(after);
    const before = clauseBefore(text, d.index);
    if (!eom && !netAfter && !PAYMENT_CONTEXT[lang].test(before) && !INVOICE_AFTER.test(after)) {
      continue;
    }
    if (eom) end += eom[0].length;
    else if (netAfter) end += netAfter[0].length;
    push({
      index: d.index,
      length: end - d.index,
      days: d.days,
      eom: !!eom,
      business: d.business,
      start: startPoint(text, d.index, end, !!netAfter),
    });
  }
  return out.sort((a, b) => a.index - b.index);
}

// ---------------------------------------------------------------------------------------------------------
// Money

/** "10 000 €", "€10,000", "5 k€", "$2,500", "£1,000". */
export interface Money extends Located {
  amount: number;
  currency: 'EUR' | 'USD' | 'GBP';
}

const AMOUNT = '(?<int>\\d{1,3}(?:[ \\u00a0\\u202f.,]\\d{3})+|\\d+)(?:[.,](?<dec>\\d{1,2})(?!\\d))?';
const MONEY_RE = new RegExp(
  `(?<![\\d.,])(?:(?<pre>€|\\$|£|EUR|USD|GBP|US\\$)\\s?${AMOUNT}(?:\\s?(?<premult>k|K|M|millions?|million)(?![\\p{L}]))?` +
    `|${AMOUNT.replace('<int>', '<int2>').replace('<dec>', '<dec2>')}\\s?(?<mult>k|K|M|mille|millions?|million)?\\s?` +
    `(?<post>€|euros?|EUR|\\$|USD|dollars?|£|GBP|pounds?|livres?\\s+sterling)(?![\\p{L}]))`,
  'gu',
);
const CURRENCY: Record<string, Money['currency']> = { '€': 'EUR', euro: 'EUR', eur: 'EUR', $: 'USD', usd: 'USD', 'us$': 'USD', dollar: 'USD', '£': 'GBP', gbp: 'GBP', pound: 'GBP', livre: 'GBP' };

function currencyOf(raw: string): Money['currency'] {
  const key = raw.toLowerCase().replace(/s?(?:\s+sterling)?$/, '');
  return CURRENCY[key] ?? CURRENCY[raw.toLowerCase()] ?? 'EUR';
}
function multiplier(raw: string | undefined): number {
  if (!raw) return 1;
  if (raw === 'k' || raw === 'K' || raw === 'mille') return 1_000;
  return 1_000_000;
}

const MONEY_HINT = /[€$£]|eur|usd|gbp|dollar|pound|livre/i;

export function money(text: string): Money[] {
  compileOnce(MONEY_HINT);
  const out: Money[] = [];
  if (!MONEY_HINT.test(text)) return out;
  for (const m of matches(MONEY_RE, text)) {
    const g = m.groups ?? {};
    const int = (g.int ?? g.int2 ?? '').replace(/[^\d]/g, '');
    const dec = g.dec ?? g.dec2;
    const amount = Number(dec ? `${int}.${dec}` : int) * multiplier(g.premult ?? g.mult);
    out.push({ index: m.index, length: m[0].length, amount, currency: currencyOf(g.pre ?? g.post ?? '') });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Multiples of fees

/** "6 mois de facturation", "three months' fees", "12 mois d'honoraires". */
export interface FeeMultiple extends Located {
  months: number;
}

const FEE_MULTIPLE_RE: Record<Lang, RegExp> = {
  fr: new RegExp(
    `${L}${numberPattern('fr')}\\s*(?<unit>mois|ans?|années?)\\s+(?:de\\s+|d')` +
      `(?:(?:la|sa|leur|du|des)\\s+)?(?:facturation|honoraires|chiffre\\s+d'affaires|CA|rémunération|prestations?|factures?|TJM|montant\\s+facturé)${R}`,
    'giu',
  ),
  en: new RegExp(
    `${L}${numberPattern('en')}\\s*(?:-\\s*)?(?<unit>months?|years?)(?:'s?|s')?\\s+(?:worth\\s+)?(?:of\\s+)?(?:the\\s+)?` +
      `(?:average\\s+)?(?:monthly\\s+)?(?:fees|billings?|revenues?|compensation|invoices?|invoiced\\s+amounts?|charges)${R}`,
    'giu',
  ),
};

export function feeMultiples(text: string, lang: Lang): FeeMultiple[] {
  const out: FeeMultiple[] = [];
  if (!DURATION_HINT[lang].test(text)) return out;
  for (const m of matches(FEE_MULTIPLE_RE[lang], text)) {
    const g = m.groups ?? {};
    const n = numberOf(g, lang);
    if (!Number.isFinite(n)) continue;
    const months = /^(?:m)/i.test(g.unit ?? '') ? n : n * 12;
    out.push({ index: m.index, length: m[0].length, months });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Percentages

/** "10 %" with its base: "par jour de retard", "du montant total", "per day", "of the fees". */
export interface Percentage extends Located {
  value: number;
  base: 'per-day' | 'per-week' | 'per-month' | 'per-year' | 'total' | 'fees' | 'unknown';
}

const PERCENT_RE = /(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(?:%|pour\s*cent|per\s*cent|percent)(?![\p{L}])/giu;
const BASES: [Percentage['base'], RegExp][] = [
  ['per-day', /^(?:par|per|\/)\s*(?:jour|day|diem)|^(?:quotidien|daily)|^by\s+day/iu],
  ['per-week', /^(?:par|per|\/)\s*(?:semaine|week)|^(?:hebdomadaire|weekly)/iu],
  ['per-month', /^(?:par|per|\/)\s*(?:mois|month)|^(?:mensuel|monthly)/iu],
  ['per-year', /^(?:par\s+an|l'an|per\s+(?:annum|year)|\/\s*(?:an|year)|annuel|annual|yearly|a\s+year|p\.?\s?a\.?(?![\p{L}]))/iu],
  ['total', /^(?:du|de\s+la|of\s+the|of)\s+(?:montant|prix|valeur|total|contract|order|aggregate|project)\s*(?:total|global|totale|globale|du\s+contrat|de\s+la\s+commande|value|price|amount)?|^(?:du|of\s+the)\s+total/iu],
  ['fees', /^(?:des|du|de\s+la|of\s+the|of)\s+(?:honoraires|facturation|factures?|tjm|sommes|montant\s+(?:facturé|ht|des\s+factures)|fees|invoices?|invoiced|amounts?\s+(?:invoiced|due)|sums\s+due|prix|price|rémunération|compensation)/iu],
];
const BASE_BEFORE: [Percentage['base'], RegExp][] = [
  ['per-year', /(?:taux\s+annuel|annual\s+rate|per\s+annum\s+rate|taux\s+d'intérêt\s+annuel)[^.;]{0,30}$/iu],
  ['per-month', /(?:taux\s+mensuel|monthly\s+rate)[^.;]{0,30}$/iu],
];

const BASE_PATTERNS = [...BASES.map(([, re]) => re), ...BASE_BEFORE.map(([, re]) => re)];

export function percentages(text: string, lang: Lang): Percentage[] {
  void lang; // both languages' bases are recognised: contracts mix them ("10 % per annum").
  const out: Percentage[] = [];
  if (!/%|cent/i.test(text)) return out;
  compileOnce(...BASE_PATTERNS);
  for (const m of matches(PERCENT_RE, text)) {
    const value = Number(m[1]!.replace(',', '.'));
    const end = m.index + m[0].length;
    // Skip filler before the base: "10 % HT du montant total", "10 % (dix pour cent) par jour".
    const after = text
      .slice(end, end + 80)
      .replace(/^\s*(?:\([^)]{0,40}\)\s*)?(?:(?:hors\s+taxes|HT|TTC)(?![\p{L}])\s*)?/iu, '')
      .replace(/^(?:de\s+pénalités?|of\s+penalty|d'intérêts?|interest)\s+/iu, '');
    let base: Percentage['base'] = 'unknown';
    for (const [b, re] of BASES) {
      if (re.test(after)) {
        base = b;
        break;
      }
    }
    if (base === 'unknown') {
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      for (const [b, re] of BASE_BEFORE) if (re.test(before)) base = b;
    }
    out.push({ index: m.index, length: m[0].length, value, base });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Territory

/** The widest territory named: a city, a region, a country, the EU, the world, or undefined when none is. */
export type Territory = 'city' | 'region' | 'country' | 'eu' | 'world' | 'undefined';

const RANK: Record<Territory, number> = { undefined: 0, city: 1, region: 2, country: 3, eu: 4, world: 5 };
// One alternation, scanned once: "Île-de-France" is consumed as a region before "France" can match inside it.
const TERRITORY_RE = new RegExp(
  `${L}(?:` +
    [
      `(?<world>monde\\s+entier|mondial(?:e|ement)?|monde|international(?:e|ement)?|sans\\s+limit(?:e|ation)\\s+(?:géographique|territoriale|de\\s+territoire)|tout\\s+pays|worldwide|world|globally|anywhere|any\\s+country|international(?:ly)?|without\\s+(?:geographic(?:al)?|territorial)\\s+limit(?:ation)?)`,
      `(?<eu>union\\s+européenne|espace\\s+économique\\s+européen|europe|européen(?:ne)?|european\\s+(?:union|economic\\s+area))`,
      `(?<region>île[-\\s]de[-\\s]france|ile[-\\s]de[-\\s]france|auvergne[-\\s]rhône[-\\s]alpes|provence[-\\s]alpes[-\\s]côte\\s+d'azur|hauts[-\\s]de[-\\s]france|grand[-\\s]est|nouvelle[-\\s]aquitaine|occitanie|bretagne|normandie|r[ée]gions?|départements?|rayon\\s+de|radius\\s+of|within\\s+\\d+\\s*(?:km|kilomet(?:er|re)s?|miles?)|counties|county|state\\s+of|province)`,
      `(?<country>france|territoire\\s+(?:national|français|métropolitain)|national(?:e|ement)?|nationwide|belgique|suisse|luxembourg|allemagne|espagne|italie|canada|québec|royaume[-\\s]uni|united\\s+kingdom|united\\s+states|england|great\\s+britain|germany|spain|italy|belgium|switzerland|(?:the\\s+)?country)`,
      `(?<city>paris|lyon|marseille|toulouse|nice|nantes|strasbourg|montpellier|bordeaux|lille|rennes|grenoble|london|new\\s+york|agglomération|métropole|ville|city|metropolitan\\s+area)`,
    ].join('|') +
    `)${R}`,
  'giu',
);

// Acronyms are read case-sensitively so that "us" or "eu" inside ordinary words never count.
const TERRITORY_ACRONYMS_RE = /(?<![\p{L}\d])(?:(?<eu>UE|EEE|EU|EEA)|(?<country>UK|USA|U\.S\.A?\.?))(?![\p{L}\d])/gu;

const ANYWHERE_IN = /^\s+(?:in|within)\s/i;

export function territory(text: string, lang: Lang): Territory {
  void lang; // place names are the same in both languages' contracts
  let best: Territory = 'undefined';
  for (const m of matches(TERRITORY_ACRONYMS_RE, text)) {
    const t: Territory = m.groups?.eu ? 'eu' : 'country';
    if (RANK[t] > RANK[best]) best = t;
  }
  for (const m of matches(TERRITORY_RE, text)) {
    const g = m.groups ?? {};
    // "anywhere in the United States": the place that follows sets the extent, not "anywhere".
    if (g.world && /^anywhere$/i.test(m[0]) && ANYWHERE_IN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    const t: Territory = g.world ? 'world' : g.eu ? 'eu' : g.region ? 'region' : g.country ? 'country' : 'city';
    if (RANK[t] > RANK[best]) best = t;
    if (best === 'world') break;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------
// Carve-outs

/** Carve-outs and negations: "sauf", "à l'exception de", "sous réserve", "except", "unless", "notwithstanding". */
const CARVE_OUT_RE: Record<Lang, RegExp> = {
  fr: /(?<![\p{L}])(?:sauf|hormis|excepté|exception\s+faite|à\s+l'exception|a\s+l'exception|sous\s+réserve|à\s+moins\s+que|à\s+moins\s+d'|nonobstant|hors(?!\s+(?:taxes?|tva|ht|frais))(?![\p{L}]))/iu,
  en: /(?<![\p{L}])(?:except(?:ing|\s+(?:for|as|that|where|when|if))?|unless|save\s+(?:that|as|for|where)|notwithstanding|other\s+than|excluding|with\s+the\s+exception\s+of)(?![\p{L}])/iu,
};

export function hasCarveOut(text: string, lang: Lang): boolean {
  compileOnce(CARVE_OUT_RE[lang]);
  return CARVE_OUT_RE[lang].test(text);
}
