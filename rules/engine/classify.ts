/**
 * Clause typing: which TAXONOMY.md categories a unit (sentence or list item) belongs to.
 * The patterns are data (categories.ts). This runs on every sentence of 1,000-page documents, so a unit is
 * first scanned once for the anchor words of all categories together; only the categories whose anchors
 * occur are tested against their full patterns (usually two or three per sentence, none for most).
 */
import { CATEGORY_PATTERNS } from './categories';
import { CATEGORIES, type Category, type Lang } from './types';
import { compileNow, compileOnce } from './warm';

interface Compiled {
  /** Every anchor of every category, one alternation. */
  anchors: RegExp;
  /** Per category, its anchors anchored at the start of a matched anchor word. */
  anchorOf: { id: Category; test: RegExp; full: RegExp; unless: RegExp | null }[];
  /** Matched anchor text → indexes into anchorOf (anchors repeat a lot: cache). */
  byAnchor: Map<string, number[]>;
}

const compiled = new Map<Lang, Compiled>();

/**
 * JavaScript's \b only knows ASCII letters: "résilié " has no \b after the é. Before an ASCII letter or a group
 * a \b stays (fast to scan for); otherwise one that closes a word (after a letter, a group or a quantifier)
 * becomes "no letter follows" and one that opens a word "no letter precedes", accented letters included.
 */
const LETTER = '[\\wÀ-ÖØ-öø-ÿŒœ]';
function withBoundaries(source: string): string {
  return source.replace(/(?<!\\)\\b/g, (_, at: number) => {
    const before = source[at - 1] ?? '';
    const after = source[at + 2] ?? '';
    if (/[a-zA-Z(]/.test(after)) return '\\b';
    return /[a-zA-Z)?*+\]]/.test(before) ? `(?!${LETTER})` : `(?<!${LETTER})`;
  });
}

/** Top-level alternatives of a regex source ("a|b(?:c|d)|e" → a, b(?:c|d), e). */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

function compile(lang: Lang): Compiled {
  const entries = CATEGORY_PATTERNS.filter((entry) => entry[lang].length > 0);
  return {
    // Longest alternatives first: at a given position the first alternative that matches wins, and a
    // shorter anchor ("war") must not hide a longer one of another category ("warrant").
    anchors: new RegExp(
      `(?<!${LETTER})(?:${[...new Set(entries.flatMap((entry) => alternatives(entry.keys[lang])))].sort((a, b) => b.length - a.length).join('|')})`,
      'gi',
    ),
    anchorOf: entries.map((entry) => {
      const unless = entry.unless?.[lang];
      return {
        id: entry.id,
        test: new RegExp(`^(?:${withBoundaries(entry.keys[lang])})`, 'i'),
        full: new RegExp(withBoundaries(entry[lang].join('|')), 'i'),
        unless: unless?.length ? new RegExp(withBoundaries(unless.join('|')), 'i') : null,
      };
    }),
    byAnchor: new Map(),
  };
}

function compiledFor(lang: Lang): Compiled {
  let c = compiled.get(lang);
  if (!c) {
    c = compile(lang);
    // Run on unit after unit (warm.ts): the anchor scan, the anchor tests and the clause filters below.
    compileNow(c.anchors);
    for (const entry of c.anchorOf) compileNow(entry.test);
    compileOnce(MARKDOWN, NUMBERING, TITLE, LOWER_WORD, WORDS_GAP, TOC, OBLIGATION, DEFINITION);
    compiled.set(lang, c);
  }
  return c;
}

/**
 * A title is not a clause: "Limitation of Liability", "**Article 13. Confidentialité**", "4 Non-Solicitation.", "20.G. COVENANT NOT TO COMPETE.",
 * "16.4 Governing Law; Jurisdiction; Jury Waiver." After markdown and numbering: up to eight words starting
 * with a capital and no sentence punctuation inside; with a final dot, only Title Case or capitals.
 */
const MARKDOWN = /[*_#=\\`|>~]+/g;
const NUMBERING = /^\s*(?:(?:article|section|clause|art\.)\s*)?(?:(?:[\dIVX]+|[A-Z])(?:\.(?:\d+|[A-Z]))*\.?\)?(?=[\s.)–—:-]|$)\s*[-–—.:)]?\s*)?/i;
const TITLE = /^[\p{Lu}"«(][^.:!?]*$/u;
const LOWER_WORD = /(?:^|\s)\p{Ll}\p{L}{3,}/u;
const WORDS_GAP = /\s+/;

function isHeading(text: string): boolean {
  if (text.length > 400) return false;
  const bare = text.replace(MARKDOWN, ' ').replace(NUMBERING, '').trim();
  if (bare.length > 120) return false;
  const dot = bare.endsWith('.') || bare.endsWith(':');
  const body = dot ? bare.slice(0, -1).trim() : bare;
  if (!TITLE.test(body) || body.split(WORDS_GAP).length > 8) return false;
  return !dot || !LOWER_WORD.test(body);
}

/** A table of contents line ("14.1 Governing Law 14.2 Force Majeure 14.3 …", with or without page numbers,
 * "TERM AND RENEWAL . . . . 3") or a
 * definition carries no clause. */
const TOC = /(?:\b\d{1,2}(?:\.\d{1,2})+\b\D{2,80}(?:\d{1,3}\s+)?){3}|(?:\. ){4,}\.?\s*\d{1,3}\b/;
const OBLIGATION = /\b(?:shall|will|may|must|agrees?|doit|doivent|peut|peuvent|s'engage)\b/i;
const DEFINITION = /^\W*(?:\(?[a-z0-9]{1,4}\)\s*)?"[^"]{1,60}"\s+(?:means|shall mean|has the meaning|shall have the meaning|refers to)\b/i;

function isNotAClause(text: string): boolean {
  return isHeading(text) || DEFINITION.test(text) || (TOC.test(text) && !OBLIGATION.test(text));
}

/** Categories of one unit of normalised text, in TAXONOMY order. */
export function classify(text: string, lang: Lang): Category[] {
  // A unit run on over PDF lines holds line breaks; patterns separate words with a single space.
  if (text.includes('\n')) text = text.replace(/\s*\n\s*/g, ' ');
  const { anchors, anchorOf, byAnchor } = compiledFor(lang);
  if (isNotAClause(text)) return [];
  const candidates = new Set<number>();
  anchors.lastIndex = 0;
  for (let m = anchors.exec(text); m; m = anchors.exec(text)) {
    const word = m[0].toLowerCase();
    let hits = byAnchor.get(word);
    if (!hits) {
      hits = [];
      for (let i = 0; i < anchorOf.length; i++) if (anchorOf[i]!.test.test(word)) hits.push(i);
      byAnchor.set(word, hits);
    }
    for (const i of hits) candidates.add(i);
  }
  if (candidates.size === 0) return [];
  const found = new Set<Category>();
  for (const i of candidates) {
    const { id, full, unless } = anchorOf[i]!;
    // Run on unit after unit: compiled at once (warm.ts), the first time a unit has the category's anchors.
    compileOnce(full);
    if (unless) compileOnce(unless);
    if (full.test(text) && !(unless && unless.test(text))) found.add(id);
  }
  return CATEGORIES.filter((category) => found.has(category));
}
