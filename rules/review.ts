/**
 * The review engine's entry point: text in, Review out. Pure and synchronous, no DOM: the same code runs in
 * the content script, the viewer, the side panel and the CLI.
 *
 * Pipeline: normalize (offset map) → segment (sections, units) → language (document, sections) → parties
 * and actors → classify units → checks (clause-level, absence, meta) → score. Offsets in the Review are
 * JavaScript string offsets into `text`; every quote is `text.slice(start, end)`.
 */
import { CHECKS } from './index';
import type { Actor, Assessment, CheckDefinition, DocView, UnitView } from './engine/check';
import { classify } from './engine/classify';
import { languageOf, languageScores } from './engine/language';
import { normalize, toOriginal, type Normalized } from './engine/normalize';
import { triggerFilter } from './engine/prefilter';
import { compileOnce, warmFor } from './engine/warm';
import { actorReader, pronounRoles, findParties } from './engine/parties';
import { score } from './engine/score';
import { segment, type SegSection, type Segmentation } from './engine/segment';
import {
  CATEGORIES,
  SCHEMA_VERSION,
  type Category,
  type Clause,
  type Finding,
  type Lang,
  type ParamValue,
  type Party,
  type Review,
  type ReviewOptions,
  type Section,
} from './engine/types';

export type * from './engine/types';
export { SCHEMA_VERSION } from './engine/types';

const CATEGORY_ORDER = new Map(CATEGORIES.map((c, i) => [c, i]));

/** A sentence whose subject is a pronoun standing for the previous sentence's subject. */
const PRONOUN_SUBJECT = /^(?:il|elle|celui-ci|celle-ci|he|she|it)\s/i;

/** Below this many units a text is a clause or a selection: it has no "missing protections". */
const MIN_UNITS_FOR_ABSENCE = 3;
/** Words any contract uses somewhere; a text with none of them and no clause has no "missing protections". */
const CONTRACT_WORDS =
  /\b(?:contrat|prestataire|prestations?|consultant|parties|rémunération|honoraires|agreement|contract|contractor|consultant|services|fees?)\b/i;
/** Below this many words a text is not treated as a contract (findings are still computed). */
const MIN_CONTRACT_WORDS = 40;
/** A section needs this many function words to get its own language; otherwise it takes the document's. */
const MIN_SECTION_LANGUAGE_WORDS = 10;
/** Function words sampled per top-level section for language detection. */
const LANGUAGE_SAMPLE_WORDS = 80;

/** Every threshold's catalog default, by name (conventions.test.ts keeps one default per name). */
const defaultsCache = new WeakMap<readonly CheckDefinition[], Map<string, number>>();
function defaultsOf(checks: readonly CheckDefinition[]): Map<string, number> {
  let map = defaultsCache.get(checks);
  if (!map) {
    map = new Map();
    for (const check of checks) for (const t of check.thresholds ?? []) map.set(t.name, t.default);
    defaultsCache.set(checks, map);
  }
  return map;
}

/**
 * Finding id: check id + FNV-1a hash (32 bits, base 36) of the quote with case, punctuation and spacing
 * folded, so it survives reformatting. One pass, no intermediate strings (it runs for every finding).
 */
export function findingId(check: string, normalisedQuote: string): string {
  if (!normalisedQuote) return `${check}-doc`;
  const s = normalisedQuote.toLowerCase();
  let h = 0x811c9dc5;
  let pendingSpace = false;
  let started = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const wordChar = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x206f));
    if (!wordChar) {
      pendingSpace = started;
      continue;
    }
    if (pendingSpace) {
      h = Math.imul(h ^ 32, 0x01000193);
      pendingSpace = false;
    }
    h = Math.imul(h ^ c, 0x01000193);
    started = true;
  }
  return `${check}-${(h >>> 0).toString(36)}`;
}

function formatParam(value: ParamValue, lang: Lang): string {
  if (typeof value === 'number') {
    const rounded = Math.round(value * 10) / 10;
    return lang === 'fr' ? String(rounded).replace('.', ',') : String(rounded);
  }
  return String(value);
}

/** Fills {param} placeholders; unknown placeholders stay visible so tests catch them. */
function fill(template: string, params: Record<string, ParamValue>, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? formatParam(params[key]!, lang) : whole,
  );
}

function prettyHeading(heading: string): string {
  if (heading !== heading.toUpperCase()) return heading;
  const lower = heading.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * "Article 9.2 — Non-concurrence": the innermost section's label, completed from its ancestors ("9.2" under
 * "Article 9" → "Article 9.2"; a lettered item "a)" → "Article 9 a)"; an unnumbered title takes the
 * enclosing label), and the nearest heading.
 */
function locationOf(sections: SegSection[], index: number): string {
  if (index < 0) return '';
  const sec = sections[index]!;
  let label = sec.label;
  let heading = sec.heading;
  const incomplete = () => label === '' || /^\d/.test(label) || /^\S+\)$/.test(label);
  for (let p = sec.parent; p >= 0 && (!heading || incomplete()); p = sections[p]!.parent) {
    const parent = sections[p]!;
    if (!heading) heading = parent.heading;
    const kw = /^(\S+) (\S+)$/.exec(parent.label);
    if (/^\d/.test(label) && kw && label.startsWith(`${kw[2]}.`)) label = `${kw[1]} ${label}`;
    else if (label === '') label = parent.label;
    else if (/^\S+\)$/.test(label) && parent.label && !/\)$/.test(parent.label)) label = `${parent.label} ${label}`;
  }
  return [label, heading && prettyHeading(heading)].filter(Boolean).join(' — ');
}

/** Per section, the heading of the innermost section that has one ('' when none), computed once per section. */
function nearestHeadings(sections: SegSection[]): (section: number) => string {
  const memo: (string | undefined)[] = new Array(sections.length);
  return (index: number): string => {
    // Up to the first section with a heading or a known answer (iterative: nesting can be deep), then down.
    const path: number[] = [];
    let p = index;
    let heading = '';
    for (; p >= 0; p = sections[p]!.parent) {
      const known = memo[p];
      if (known !== undefined) {
        heading = known;
        break;
      }
      path.push(p);
      if (sections[p]!.heading) {
        heading = sections[p]!.heading;
        break;
      }
    }
    for (const q of path) memo[q] = heading;
    return heading;
  };
}

function countWords(text: string, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words < limit; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function partyFilter(check: CheckDefinition, actor: Actor): boolean {
  if (check.party === 'user-bound') return actor === 'user' || actor === 'unknown';
  if (check.party === 'other-power') return actor === 'other' || actor === 'unknown';
  return true;
}

/** Per-category index of units by actor, so hasMirror is O(1) per call. */
type ActorLists = Record<Actor, number>;
function emptyActorLists(): ActorLists {
  return { user: 0, other: 0, mutual: 0, unknown: 0 };
}

interface Candidate {
  check: CheckDefinition;
  unit: UnitView;
  match: RegExpExecArray;
}

/**
 * Document and section languages. Each top-level section votes with a sample of its function words (enough
 * to tell French from English; counting every word of a 1,000-page document buys nothing); units outside
 * sections likewise. A section with too few words takes the document's language.
 */
function detectLanguages(
  seg: Segmentation,
  ntext: string,
  forced: Lang | null,
): { docLang: Lang; sectionLang: (section: number) => Lang } {
  const topOf = (i: number): number => {
    let t = i;
    while (t >= 0 && seg.sections[t]!.parent >= 0) t = seg.sections[t]!.parent;
    return t;
  };
  const topScores = new Map<number, { fr: number; en: number }>();
  const total = { fr: 0, en: 0 };
  if (!forced) {
    for (const u of seg.units) {
      const top = topOf(u.section);
      let acc = topScores.get(top);
      if (!acc) topScores.set(top, (acc = { fr: 0, en: 0 }));
      if (acc.fr + acc.en >= LANGUAGE_SAMPLE_WORDS) continue;
      const s = languageScores(ntext.slice(u.start, u.end));
      acc.fr += s.fr;
      acc.en += s.en;
      total.fr += s.fr;
      total.en += s.en;
    }
  }
  const docLang: Lang = forced ?? languageOf(total);
  const sectionLang = (i: number): Lang => {
    if (forced || i < 0) return docLang;
    const s = topScores.get(topOf(i));
    return s && s.fr + s.en >= MIN_SECTION_LANGUAGE_WORDS ? languageOf(s, docLang) : docLang;
  };
  return { docLang, sectionLang };
}

/** Reviews `text` with the catalog's checks. */
export function review(text: string, options: ReviewOptions = {}): Review {
  return reviewWith(CHECKS, text, options);
}

/** Reviews `text` with the given checks (tests use it to exercise the engine with synthetic checks). */
export function reviewWith(checks: readonly CheckDefinition[], text: string, options: ReviewOptions = {}): Review {
  const thresholdDefaults = defaultsOf(checks);
  const order = new Map(checks.map((c, i) => [c.id, i]));
  const role = options.role ?? 'provider';
  const forced = options.language && options.language !== 'auto' ? options.language : null;
  warmFor(text);
  const norm: Normalized = normalize(text);
  const ntext = norm.text;
  const seg = segment(ntext);

  const { docLang, sectionLang } = detectLanguages(seg, ntext, forced);

  // Parties and actors.
  const rawParties = findParties(ntext);
  const parties: Party[] = rawParties.map((p) => {
    if (p.start === undefined || p.end === undefined) return p;
    const o = toOriginal(norm, p.start, p.end);
    return { ...p, start: o.start, end: o.end };
  });
  const reader = actorReader(rawParties, role, pronounRoles(ntext, rawParties));

  // Actors are computed on first use: most units never reach a party filter or a mirror test.
  const actors: (Actor | undefined)[] = new Array(seg.units.length);
  const actorAt = (i: number): Actor => {
    let a = actors[i];
    if (a === undefined) {
      const u = seg.units[i]!;
      a = reader.actorOf(units[i]!.text);
      // A list item without its own subject takes the lead-in's: "Le Prestataire s'engage à : • ne pas…".
      if (a === 'unknown' && u.listItem && u.leadIn >= 0 && u.leadIn < i) a = actorAt(u.leadIn);
      // "Il s'interdit…", "It shall…": the subject of the previous sentence of the same section.
      if (a === 'unknown' && i > 0 && PRONOUN_SUBJECT.test(units[i]!.text) && seg.units[i - 1]!.section === u.section) {
        const previous = actors[i - 1] ?? reader.actorOf(units[i - 1]!.text);
        if (previous === 'user' || previous === 'other') a = previous;
      }
      actors[i] = a;
    }
    return a;
  };
  const nearestHeading = nearestHeadings(seg.sections);
  const units: UnitView[] = seg.units.map((u, index) => {
    const unitText = ntext.slice(u.start, u.end);
    const lang = sectionLang(u.section);
    return {
      index,
      text: unitText,
      lang,
      categories: classify(unitText, lang),
      heading: nearestHeading(u.section),
      get actor(): Actor {
        return actorAt(index);
      },
    };
  });

  // Clause-level candidates: any trigger matches and no `unless` does. For mirrors, a trigger match counts as
  // the check's category; the clause map only takes a check's category from its findings (a trigger that
  // `unless` rejects, "liable" in a warranty disclaimer, says nothing about what the clause is).
  // One literal scan per unit (prefilter.ts) skips the triggers that cannot match it; candidates stay in
  // check order, then unit order.
  const byCheck: Candidate[][] = checks.map(() => []);
  // Per check, the units its triggers match (before `unless`): a one-way clause's mirror is one of them.
  const triggered = new Map<CheckDefinition, UnitView[]>();
  const triggerCategories = new Map<UnitView, Set<Category>>();
  for (const unit of units) {
    // A filter of one language: its c-th spec is checks[c][unit.lang].
    const filter = triggerFilter(checks, unit.lang);
    filter.scan(unit.text);
    for (let c = 0; c < checks.length; c++) {
      const check = checks[c]!;
      const match = filter.execAt(c, unit.text);
      if (!match) continue;
      const spec = check[unit.lang];
      if (check.kind === 'one-way') {
        const list = triggered.get(check);
        if (list) list.push(unit);
        else triggered.set(check, [unit]);
      }
      const cats = triggerCategories.get(unit);
      if (cats) cats.add(check.category);
      else triggerCategories.set(unit, new Set([check.category]));
      if (spec.unless) compileOnce(...spec.unless);
      if (spec.unless?.some((re) => ((re.lastIndex = 0), re.test(unit.text)))) continue;
      byCheck[c]!.push({ check, unit, match });
    }
  }
  const candidates = byCheck.flat();

  // Mirror index: per category, how many units bind or empower each side. Built on the first mirror test.
  let byCategory: Map<Category, ActorLists> | null = null;
  const categoryIndex = (): Map<Category, ActorLists> => {
    if (!byCategory) {
      byCategory = new Map();
      for (const unit of units) {
        for (const c of new Set([...unit.categories, ...(triggerCategories.get(unit) ?? [])])) {
          let lists = byCategory.get(c);
          if (!lists) byCategory.set(c, (lists = emptyActorLists()));
          lists[unit.actor]++;
        }
      }
    }
    return byCategory;
  };
  const patternCache = new Map<RegExp, ActorLists>();
  const mentionCache = new Map<RegExp, boolean>();
  const memoCache = new Map<string, unknown>();
  const opposite = (a: Actor): Actor | null => (a === 'user' ? 'other' : a === 'other' ? 'user' : null);

  const baseDoc: DocView = {
    text: ntext,
    lang: docLang,
    role,
    parties: rawParties,
    units,
    threshold(name: string): number {
      const value = options.thresholds?.[name] ?? thresholdDefaults.get(name);
      if (value === undefined) throw new Error(`Unknown threshold "${name}"`);
      return value;
    },
    // Mirrors depend on the check's category: docFor() gives each check its own hasMirror.
    hasMirror(): boolean {
      throw new Error('hasMirror needs a check context');
    },
    mentions(pattern: RegExp): boolean {
      let found = mentionCache.get(pattern);
      if (found === undefined) {
        pattern.lastIndex = 0;
        found = pattern.test(ntext);
        pattern.lastIndex = 0;
        mentionCache.set(pattern, found);
      }
      return found;
    },
    memo<T>(key: string, compute: () => T): T {
      if (!memoCache.has(key)) memoCache.set(key, compute());
      return memoCache.get(key) as T;
    },
  };
  const docFor = (check: CheckDefinition): DocView => ({
    ...baseDoc,
    hasMirror(unit: UnitView, pattern?: RegExp): boolean {
      if (unit.actor === 'mutual') return true;
      let lists: ActorLists | undefined;
      if (pattern) {
        lists = patternCache.get(pattern);
        if (!lists) {
          lists = emptyActorLists();
          for (const u of units) if (((pattern.lastIndex = 0), pattern.test(u.text))) lists[u.actor]++;
          patternCache.set(pattern, lists);
        }
      } else {
        lists = categoryIndex().get(check.category);
      }
      if (!lists) return false;
      const other = opposite(unit.actor);
      return lists.mutual > 0 || (other !== null && lists[other] > 0);
    },
  });
  const docs = new Map<CheckDefinition, DocView>();
  const docOf = (check: CheckDefinition) => {
    let d = docs.get(check);
    if (!d) {
      d = docFor(check);
      docs.set(check, d);
    }
    return d;
  };

  // "Company may assign…" is not mirrored by "Contractor may not assign…" (same category, not the same right):
  // the mirror of a one-way clause is another unit that the same check's triggers match, on the other side.
  const mirrorLists = new Map<CheckDefinition, ActorLists>();
  const hasTriggerMirror = (check: CheckDefinition, unit: UnitView): boolean => {
    let lists = mirrorLists.get(check);
    if (!lists) {
      lists = emptyActorLists();
      for (const u of triggered.get(check) ?? []) lists[u.actor]++;
      mirrorLists.set(check, lists);
    }
    const other = opposite(unit.actor);
    return lists.mutual > 0 || (other !== null && lists[other] > 0);
  };

  const disabled = new Set(options.disabledCategories ?? []);
  const dismissed = new Set(options.dismissed ?? []);
  const findings: Finding[] = [];

  const makeFinding = (
    check: CheckDefinition,
    lang: Lang,
    assessment: Assessment,
    kind: Finding['kind'],
    span: { start: number; end: number; normQuote: string; location: string } | null,
  ): Finding => {
    const params = assessment.params ?? {};
    const spec = check[lang];
    const t = assessment.variant ? { ...spec.text, ...spec.variants?.[assessment.variant] } : spec.text;
    const id = findingId(check.id, span?.normQuote ?? '');
    return {
      check: check.id,
      category: assessment.category ?? check.category,
      severity: assessment.severity ?? check.severity,
      kind,
      illegal: assessment.illegal ?? check.illegal ?? false,
      start: span?.start ?? 0,
      end: span?.end ?? 0,
      quote: span ? text.slice(span.start, span.end) : '',
      location: span?.location ?? '',
      params,
      title: fill(t.title, params, lang),
      explanation: fill(t.explanation, params, lang),
      basis: t.basis,
      suggestion: fill(t.suggestion, params, lang),
      id,
      dismissed: dismissed.has(id),
    };
  };

  const findingCategories: [UnitView, Category][] = [];
  for (const { check, unit, match } of candidates) {
    if (disabled.has(check.category)) continue;
    if (!partyFilter(check, unit.actor)) continue;
    const doc = docOf(check);
    if (check.kind === 'one-way' && (unit.actor === 'mutual' || hasTriggerMirror(check, unit))) continue;
    const assessment = check.assess ? check.assess({ unit, match }, doc) : {};
    if (assessment === null) continue;
    // The clause map shows what the finding reports, e.g. UB-01's content removal or DR-03's arbitration.
    findingCategories.push([unit, assessment.category ?? check.category]);
    const u = seg.units[unit.index]!;
    const o = toOriginal(norm, u.start, u.end);
    findings.push(
      makeFinding(check, unit.lang, assessment, check.kind === 'missing' ? 'risky' : check.kind, {
        ...o,
        normQuote: unit.text,
        location: locationOf(seg.sections, u.section),
      }),
    );
  }
  findings.sort((a, b) => a.start - b.start || order.get(a.check)! - order.get(b.check)!);
  // After the loop: mirrors above saw classify()'s and the triggers' categories only.
  for (const [unit, category] of findingCategories) if (!unit.categories.includes(category)) unit.categories.push(category);

  // Absence: a protection is missing when no `present` pattern (of either language) matches the document —
  // only in a text that reads like a contract (a clause of some category or a clause-level finding): a recipe
  // or a news article lacks no mediation clause.
  const contractLike = findings.length > 0 || units.some((u) => u.categories.length > 0) || CONTRACT_WORDS.test(ntext);
  if (units.length >= MIN_UNITS_FOR_ABSENCE && contractLike) {
    for (const check of checks) {
      // The document's language first: the first pattern found ends the search, and one that is not found
      // scans the whole text.
      const own = check[docLang].present ?? [];
      const present = [...own, ...(check[docLang === 'fr' ? 'en' : 'fr'].present ?? [])];
      if (present.length === 0 || disabled.has(check.category)) continue;
      const doc = docOf(check);
      if (check.appliesTo && !check.appliesTo(doc)) continue;
      // Through mentions(): a pattern shared by both languages or by two checks scans the document once.
      if (present.some((re) => baseDoc.mentions(re))) continue;
      findings.push(makeFinding(check, docLang, {}, 'missing', null));
    }
  }

  // Meta checks read the other findings.
  const base = findings.slice();
  for (const check of checks) {
    if (!check.assessFindings || disabled.has(check.category)) continue;
    const assessment = check.assessFindings(base, docOf(check));
    if (assessment) findings.push(makeFinding(check, docLang, assessment, check.kind, null));
  }

  for (const unit of units) if (unit.categories.length > 1) unit.categories.sort((a, b) => CATEGORY_ORDER.get(a)! - CATEGORY_ORDER.get(b)!);
  const sections: Section[] = seg.sections.map((s, i) => {
    const o = toOriginal(norm, s.start, s.end);
    return { start: o.start, end: o.end, number: s.number, heading: s.heading, level: s.level, lang: sectionLang(i) };
  });
  const clauses: Clause[] = [];
  units.forEach((unit, i) => {
    if (unit.categories.length === 0) return;
    const u = seg.units[i]!;
    const o = toOriginal(norm, u.start, u.end);
    clauses.push({ start: o.start, end: o.end, categories: unit.categories, section: u.section, lang: unit.lang });
  });

  const notAContract = countWords(ntext, MIN_CONTRACT_WORDS) < MIN_CONTRACT_WORDS || (clauses.length === 0 && findings.length === 0);

  return {
    schemaVersion: SCHEMA_VERSION,
    language: docLang,
    role,
    length: text.length,
    parties,
    sections,
    clauses,
    findings,
    imbalance: score(findings),
    notAContract,
  };
}
