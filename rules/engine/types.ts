/**
 * The review engine's public types. The Review object is what the CLI prints with --json and what every
 * surface shows; it is versioned by SCHEMA_VERSION and documented in the README.
 */

export const SCHEMA_VERSION = 1;

export type Lang = 'fr' | 'en';
export type Role = 'provider' | 'client';
export type Severity = 'high' | 'medium' | 'low';
export type Kind = 'risky' | 'one-way' | 'missing';

/** Category ids of ../shared/design/TAXONOMY.md; stable across JSON, rules, UI, storage and evaluation. */
export const CATEGORIES = [
  'non-compete', 'non-solicitation', 'exclusivity', 'confidentiality', 'amicable-resolution', 'arbitration',
  'jurisdiction', 'governing-law', 'termination', 'notice-period', 'renewal', 'payment', 'price-change',
  'liability', 'indemnity', 'penalty', 'intellectual-property', 'unilateral-change', 'acceptance',
  'content-removal', 'subordination', 'assignment', 'insurance', 'audit', 'data-protection', 'force-majeure',
  'warranty',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Catalog ids of ../shared/design/RULES-CATALOG.md. */
export const CHECK_IDS = [
  'NC-01', 'NC-02', 'NC-03', 'NC-04', 'CF-01', 'CF-02', 'DR-01', 'DR-02', 'DR-03',
  'TR-01', 'TR-02', 'TR-03', 'TR-04', 'TR-05', 'TR-06',
  'PY-01', 'PY-02', 'PY-03', 'PY-04', 'PY-05', 'PY-06', 'PY-07', 'PY-08',
  'LB-01', 'LB-02', 'LB-03', 'LB-04', 'LB-05', 'LB-06', 'LB-07',
  'IP-01', 'IP-02', 'IP-03', 'IP-04', 'UB-01', 'UB-02', 'EM-01', 'EM-02',
  'AC-01', 'AC-02', 'AC-03', 'OT-01', 'OT-02', 'OT-03', 'OT-04', 'OT-05',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export interface Party {
  /** The name as the contract defines it: "le Prestataire", "the Company", "ACME SAS". */
  name: string;
  role: Role;
  /** Where the definition was read (original offsets), absent for dictionary defaults. */
  start?: number;
  end?: number;
}

export interface Section {
  start: number;
  end: number;
  /** "9.2", "V", "5", "a" … or '' for an unnumbered heading. */
  number: string;
  heading: string;
  /** Nesting depth: 1 for "Article 9", 2 for "9.2" … */
  level: number;
  lang: Lang;
}

/** A category-carrying unit (a sentence or a list item); offsets into the original text. */
export interface Clause {
  start: number;
  end: number;
  categories: Category[];
  /** Index into Review.sections of the innermost section containing the clause, or -1. */
  section: number;
  lang: Lang;
}

export type ParamValue = string | number | boolean | null;

export interface Finding {
  /** Catalog id, e.g. "NC-01". Storage and dismissals key on `id` (check id + fingerprint of the quote). */
  check: CheckId;
  category: Category;
  severity: Severity;
  kind: Kind;
  illegal: boolean;
  /** Original-text offsets of the clause unit; 0/0 and an empty quote for missing protections. */
  start: number;
  end: number;
  quote: string;
  /** "Article 9.2 — Non-concurrence" when the clause sits in a section. */
  location: string;
  params: Record<string, ParamValue>;
  title: string;
  explanation: string;
  basis: string;
  suggestion: string;
  /** Stable id for storage: check id + hash of the normalised quote (survives reformatting). */
  id: string;
  /** Dismissed by the user (ReviewOptions.dismissed): listed, not counted. */
  dismissed: boolean;
}

export interface Imbalance {
  /** Distinct findings not dismissed by the user. */
  count: number;
  bySeverity: Record<Severity, number>;
  byCategory: Partial<Record<Category, number>>;
  /** Catalog points (H 3, M 2, L 1, +1 illegal) plus combination bonuses. */
  score: number;
  /** The combination bonuses that applied, e.g. ["NC-02+LB-04"]. */
  combinations: string[];
}

export interface Review {
  schemaVersion: typeof SCHEMA_VERSION;
  language: Lang;
  role: Role;
  /** Length of the reviewed text; offsets are JavaScript string offsets into it. */
  length: number;
  parties: Party[];
  sections: Section[];
  clauses: Clause[];
  findings: Finding[];
  imbalance: Imbalance;
  /** True when the text does not look like a contract (too short, no obligations): surfaces say so. */
  notAContract: boolean;
}

export interface ReviewOptions {
  /** 'auto' (default) detects per document and per section. */
  language?: Lang | 'auto';
  role?: Role;
  /** Overrides of check thresholds, keyed by threshold name (see Threshold.name). */
  thresholds?: Record<string, number>;
  /** Finding ids the user dismissed: kept in `findings` but not counted. */
  dismissed?: string[];
  /** Categories switched off in the options: their findings are dropped. */
  disabledCategories?: Category[];
}
