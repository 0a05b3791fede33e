/**
 * How a catalog check is declared. A check is data: triggers and "unless" patterns per language, thresholds
 * with the catalog's defaults, the texts shown to the user, and examples that double as tests
 * (test/rules/examples.test.ts). Logic beyond patterns goes in `assess`, kept small.
 */
import type { Category, CheckId, Finding, Kind, Lang, ParamValue, Party, Role, Severity } from './types';

export interface CheckText {
  /** Short title, e.g. "Non-concurrence disproportionnée". May use {param} placeholders. */
  title: string;
  /** Why it matters for the freelancer, one or two sentences. May use {param} placeholders. */
  explanation: string;
  /** Legal basis or market practice. Catalog items marked (verify) are worded as practice, not as law. */
  basis: string;
  /** What to ask for instead: wording the user can paste. */
  suggestion: string;
}

export interface Threshold {
  /** Global name shared with the options page, e.g. "nonCompeteMaxMonths". */
  name: string;
  default: number;
  unit: 'days' | 'months' | 'years' | 'percent' | 'multiple' | 'count';
  label: Record<Lang, string>;
}

export interface LangSpec {
  /** Clause-level: a unit is a candidate when any trigger matches its normalised text. */
  triggers?: RegExp[];
  /** …and is dropped when any of these matches the same unit (carve-outs, mutual wording). */
  unless?: RegExp[];
  /** Absence: the protection counts as present when any of these matches anywhere in the document. */
  present?: RegExp[];
  text: CheckText;
  /**
   * Texts for a variant of the check that `assess` picks with Assessment.variant (e.g. UB-01's removal of the
   * user's content): only the fields that differ from `text`.
   */
  variants?: Record<string, Partial<CheckText>>;
  /**
   * `flagged`: texts on which the check must fire. Clause-level checks mark the expected finding's quote
   * with ⟦ and ⟧ (the unit the engine reports); absence checks leave texts unmarked.
   * `clean`: texts on which the check must not fire.
   */
  examples: { flagged: string[]; clean: string[] };
}

/** Who the unit binds or empowers, seen from the user (the role picked in the options). */
export type Actor = 'user' | 'other' | 'mutual' | 'unknown';

/** A category-carrying unit as checks see it. */
export interface UnitView {
  index: number;
  /** Normalised text of the unit (quotes, spaces, hyphenation and line breaks folded). */
  text: string;
  lang: Lang;
  categories: Category[];
  /** Heading of the innermost section, '' when none. */
  heading: string;
  /** Party that is the grammatical subject (bound by an obligation or holding a right). */
  actor: Actor;
}

export interface DocView {
  /** Normalised text of the whole document. */
  text: string;
  lang: Lang;
  role: Role;
  parties: Party[];
  units: UnitView[];
  /** A threshold's value: the user's override or the check's default. */
  threshold(name: string): number;
  /**
   * True when another unit of the same category (or matching `pattern`) binds or empowers the other side
   * of `unit` (the mirror that makes a clause mutual).
   */
  hasMirror(unit: UnitView, pattern?: RegExp): boolean;
  /**
   * Whether `pattern` matches anywhere in the document, computed once per review and pattern. Use it (or
   * `memo`) instead of `pattern.test(doc.text)` in `assess`: assess runs once per candidate, and a whole-
   * document scan per candidate makes a 1,000-page review quadratic.
   */
  mentions(pattern: RegExp): boolean;
  /** A document-wide value computed once per review under `key` (e.g. the list of subordination indicators). */
  memo<T>(key: string, compute: () => T): T;
}

export interface Candidate {
  unit: UnitView;
  /** The trigger's match in unit.text. */
  match: RegExpExecArray;
}

export interface Assessment {
  /**
   * A narrower category for this clause when the check spans two (DR-03: a foreign law is 'governing-law',
   * imposed arbitration is 'arbitration'). Defaults to the check's category.
   */
  category?: Category;
  /** Key of LangSpec.variants whose texts replace the check's own for this finding. */
  variant?: string;
  severity?: Severity;
  illegal?: boolean;
  params?: Record<string, ParamValue>;
}

export interface CheckDefinition {
  id: CheckId;
  category: Category;
  /** Default severity; `assess` may raise or lower it. */
  severity: Severity;
  /** Kind of the clause-level finding; an absence finding is always 'missing'. */
  kind: Kind;
  /** Contrary to a mandatory rule (catalog flag `illegal`, +1 point). */
  illegal?: boolean;
  /**
   * Whose position makes the clause hurt the user: 'user-bound' fires when the user is bound (non-compete on
   * the provider), 'other-power' when the other side holds the right (termination at will), 'any' always.
   * Units whose actor is 'mutual' never fire for one-way checks, nor do units mirrored by another unit that
   * the same check's triggers match, on the other side or mutual.
   */
  party: 'user-bound' | 'other-power' | 'any';
  thresholds?: Threshold[];
  fr: LangSpec;
  en: LangSpec;
  /** Clause-level refinement after the triggers: return null to stay silent. */
  assess?(candidate: Candidate, doc: DocView): Assessment | null;
  /** Absence checks: whether the check concerns this document at all (e.g. personal data is processed). */
  appliesTo?(doc: DocView): boolean;
  /** Meta checks (UB-02) that read the other findings; run last. */
  assessFindings?(findings: readonly Finding[], doc: DocView): Assessment | null;
}

/** Identity helper that gives check files type checking and a single import. */
export function defineCheck(definition: CheckDefinition): CheckDefinition {
  return definition;
}
