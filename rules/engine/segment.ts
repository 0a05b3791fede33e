/**
 * Segmentation of normalised text into sections (numbered articles, headings) and units (the sentences and
 * list items that carry categories). Offsets here are into the normalised text; review.ts maps them back.
 * One pass over the lines, one regex scan per body: linear in the text length.
 */
import { compileOnce } from './warm';

export interface SegSection {
  start: number;
  end: number;
  /** "9.2", "V", "5", "a" … or '' for an unnumbered heading. */
  number: string;
  heading: string;
  level: number;
  /** How the contract names it: "Article 9.2", "Section 5", "§ 3", "9.2", or '' for a bare heading. */
  label: string;
  /** Index of the enclosing section, or -1. */
  parent: number;
}

export interface SegUnit {
  start: number;
  end: number;
  /** Innermost section, or -1. */
  section: number;
  /** A bullet or numbered item (its subject is often in the lead-in sentence before the list). */
  listItem: boolean;
  /** For a list item, the unit that introduces it (a paragraph ending with ':', or the opening words of a
   * sentence cut at its inline enumeration), or -1. */
  leadIn: number;
}

export interface Segmentation {
  sections: SegSection[];
  units: SegUnit[];
}

/** Units longer than this are cut at a space: keeps pathological inputs (no punctuation) linear for checks. */
const MAX_UNIT = 3000;
/** Sentences longer than this are cut at their inline enumeration, into pieces of at least MIN_PIECE. */
const LONG_SENTENCE = 400;
const MIN_PIECE = 40;
/** "…; " or ", (b) " / ": (ii) " / " and (c) ": where an inline enumeration item starts. */
const ENUMERATION = /;\s+(?:(?:and|or|et|ou)\s+(?=\())?|(?:[:,]|\s(?:and|or|et|ou))\s+(?=\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s)/g;

const KEYWORD = '(?:article|art\\.|articles?|section|clause|chapitre|chapter|titre|title|annexe|annex|schedule|appendix|partie|part|§)';
/** "Article 9.2", "ARTICLE V", "Section 5", "§ 3" (case-insensitive keyword). */
const KEYWORD_MARKER = new RegExp(
  `^(?<kw>${KEYWORD})\\s*(?<kwnum>\\d{1,3}(?:\\.\\d{1,3}){0,5}|[IVXLCDM]{1,7}|premier|1er|unique|[A-Z])(?![\\p{L}\\d])\\.?\\s*(?:[-–—:.]\\s+)?`,
  'iu',
);
/** Numbering and bullets, case-sensitive: "5.2", "5.", "IV)", "a)", "(ii)", "•". */
const MARKER = new RegExp(
  '^(?:' +
    '(?<dotted>\\d{1,3}(?:\\.\\d{1,3}){1,5})\\.?(?=\\s|$)' +
    '|(?<num>\\d{1,3})[.)](?=\\s|$)' +
    '|(?<roman>[IVXLCDM]{1,7})[.)](?=\\s|$)' +
    '|\\(?(?<letter>[a-z])\\)(?=\\s|$)' +
    '|\\((?<paren>\\d{1,3}|[ivxlcdm]{1,6}|[A-Z])\\)(?=\\s|$)' +
    '|(?<lroman>[ivxlcdm]{1,6})[.)](?=\\s|$)' +
    '|(?<bullet>•|-)(?=\\s)' +
    ')\\s*(?:[-–—:.]\\s+)?',
  'u',
);

/** A short line without final punctuation reads as a heading. */
function headingLike(s: string, maxWords: number): boolean {
  if (s.length === 0 || s.length > 120) return false;
  if (/^[\p{Ll}]/u.test(s)) return false;
  if (/[;,!?]$/.test(s)) return false;
  let words = 1;
  for (let i = 0; i < s.length; i++) if (s[i] === ' ') words++;
  // "Objet." and "Durée." are headings; "Le Client paie." is a sentence.
  if (s.endsWith('.')) return words <= 3 && !/\s\p{Ll}+\.$/u.test(s);
  return words <= maxWords;
}

const TITLE_LINKS = new Set(['of', 'and', 'or', 'to', 'for', 'the', 'in', 'on', 'de', 'du', 'des', 'la', 'le', 'et', 'ou', 'à', 'en']);
/** "Audit Rights.", "Pre-Existing Materials": every word capitalised, short linking words aside. */
function titleCase(s: string): boolean {
  const words = s.replace(/\s*[.:]$/, '').split(' ');
  return words.every((w, k) => /^[\p{Lu}\d]/u.test(w) || (k > 0 && TITLE_LINKS.has(w)));
}
/** A paragraph opening with a short Title-Case title: "Pre-Existing Materials. Provider retains…" (US style);
 * not "See Exhibit A. Company…". */
const OPENING_TITLE = /^[\p{Lu}][\p{L}'-]*(?: [\p{L}'-]+){0,3}(?<![\s][\p{L}])\. (?=\p{Lu})/u;

function isCaps(s: string): boolean {
  let upper = 0;
  for (const ch of s) {
    if (ch !== ch.toUpperCase()) return false;
    if (ch !== ch.toLowerCase()) upper++;
  }
  return upper >= 3;
}

/** Splits an inline heading from its body: "Non-concurrence : Le Prestataire…" → heading, body offset. */
function inlineHeading(rest: string): { heading: string; bodyOffset: number } {
  if (headingLike(rest, 14)) return { heading: rest.replace(/\s*[.:]$/, ''), bodyOffset: rest.length };
  const sep = INLINE_SEPARATOR.exec(rest.length > 100 ? rest.slice(0, 100) : rest);
  if (!sep || sep.index === 0) return { heading: '', bodyOffset: 0 };
  const candidate = rest.slice(0, sep.index).trimEnd();
  const after = sep.index + sep[0].length;
  if (!/^[\p{Lu}«"(\d]/u.test(rest.slice(after, after + 1))) return { heading: '', bodyOffset: 0 };
  if (isCaps(candidate) || (headingLike(candidate, /^\s*[.]/.test(sep[0]) ? 4 : 6) && !VERB.test(candidate))) {
    return { heading: candidate, bodyOffset: after };
  }
  return { heading: '', bodyOffset: 0 };
}
/** Auxiliaries and common contract verbs: a short phrase with one is a sentence, not a heading. */
const VERB = /(?<![\p{L}])(?:shall|will|may|must|is|are|agrees?|pays?|doit|doivent|peut|peuvent|pourra|pourront|sera|seront|est|sont|paie|paye|verse|s'engage|s'interdit)(?![\p{L}])/iu;
/**
 * PDF text often comes one line per paragraph (blank lines between), so a sentence runs on into the next
 * "paragraph". A body line that does not close its sentence (no final . ; : ! ?) continues on the next line
 * when that one starts in lower case, or when the first stops on a word that cannot end a sentence.
 */
const CLOSED = /[.;:!?…]["»)\]'*_]*$/;
const DANGLING = /(?<![\p{L}'])(?:de|du|des|la|le|les|l'|d'|d'une?|un|une|ce|cet|cette|ces|son|sa|ses|leur|leurs|votre|vos|notre|nos|à|au|aux|et|ou|en|par|pour|sur|dans|avec|que|qu'|qui|dont|the|of|and|or|to|a|an|by|in|with|for|that|which|any|all|each|such|this|these|its|their|your|our)$/u;
const MARKDOWN_HEADING = /^#{1,6}[ \t]+/;
/** The first separator after an inline heading: ". ", ": ", " – ". */
const INLINE_SEPARATOR = /\s*[.:]\s+|\s[-–—]\s+|[;!?]/;

const ABBREVIATIONS = new Set(
  ('art arts al c civ com cass soc crim n no nos num m mm mme mmes mlle me dr pr prof st ste inc ltd ltée llc co corp ' +
    'sa sas sasu sarl eurl cf p pp vs v mr mrs ms jr sr ch chap sect para réf ref tél tel env approx ex hr av bd ' +
    'fig vol éd ed dept resp ann annex sch cl al. e.g i.e')
    .split(' '),
);

/** Sentence ends: ., !, ?, … (with closing quotes) followed by a space and something that starts a sentence
 * (a template placeholder "{{company.name}}" included). */
const SENTENCE_END = /[.!?…]["»)\]']*\s+(?=[\p{Lu}\d«"(•]|\{\{)/gu;
/** "Exhibit A." / "Schedule B." / "Annex C.": a lettered attachment ends its sentence, it is not an initial. */
const LETTERED_ATTACHMENT = /(?:exhibit|schedule|annex|annexe|appendix|attachment|addendum)\s$/i;

/** `next` is where the following sentence would start. */
function isAbbreviation(text: string, dot: number, next: number): boolean {
  if (text[dot] !== '.') return false;
  let i = dot;
  while (i > 0 && dot - i < 12 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (word.length === 0) return false;
  if (word.length === 1) {
    // Initials, "C. civ.", "M. Dupont"; but not "Exhibit A. Company shall…".
    return !(/\p{Lu}/u.test(text[i]!) && /^\p{Lu}/u.test(text.slice(next, next + 1)) && LETTERED_ATTACHMENT.test(text.slice(Math.max(0, i - 12), i)));
  }
  // "les règles de l'art. Le Prestataire…": "art." before a capitalised word (not "art. L. 441", "art. 12").
  if (word === 'art') return !/^\p{Lu}\p{Ll}/u.test(text.slice(next, next + 2)) || /^(?:Ier|Premier)(?![\p{L}])/u.test(text.slice(next, next + 8));
  if (word.includes('.')) return true; // "e.g", "S.A.S", "U.S"
  return ABBREVIATIONS.has(word);
}

export function segment(text: string): Segmentation {
  // Run line after line, sentence after sentence: compiled at once (warm.ts).
  compileOnce(KEYWORD_MARKER, MARKER, SENTENCE_END, ENUMERATION, VERB, CLOSED, DANGLING, INLINE_SEPARATOR, OPENING_TITLE);
  const sections: SegSection[] = [];
  const units: SegUnit[] = [];
  const stack: number[] = []; // open sections, innermost last
  let lastHeadingOnlyLine = -1; // section whose header line had no heading (ARTICLE 5 \n CONFIDENTIALITÉ)
  let leadIn = -1;
  const plainHeadings = new Set<number>(); // sections opened by a short title line without a number
  let openUnit = -1; // the last unit, when it ends its line mid-sentence
  /** After a body line: remembers its last unit if the sentence goes on past the line end. */
  const keepOpen = (line: string, lineEnd: number) => {
    const last = units.length - 1;
    openUnit = last >= 0 && units[last]!.end === lineEnd && !CLOSED.test(line) ? last : -1;
  };

  const current = () => (stack.length ? stack[stack.length - 1]! : -1);
  const openSection = (s: Omit<SegSection, 'end' | 'parent'>) => {
    while (stack.length && sections[stack[stack.length - 1]!]!.level >= s.level) {
      sections[stack.pop()!]!.end = s.start;
    }
    const index = sections.length;
    sections.push({ start: s.start, end: text.length, number: s.number, heading: s.heading, level: s.level, label: s.label, parent: current() });
    stack.push(index);
    return index;
  };

  const addUnit = (start: number, end: number, listItem: boolean, from = leadIn) => {
    while (start < end && text[start] === ' ') start++;
    while (end > start && text[end - 1] === ' ') end--;
    if (end <= start || !/\p{L}/u.test(text.slice(start, Math.min(end, start + 200)))) return;
    units.push({ start, end, section: current(), listItem, leadIn: listItem ? from : -1 });
  };

  const addBody = (start: number, end: number, listItem: boolean) => {
    let from = start;
    const body = text.slice(start, end);
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(body); m; m = SENTENCE_END.exec(body)) {
      if (isAbbreviation(body, m.index, m.index + m[0].length)) continue;
      const cut = start + m.index + m[0].length;
      addLong(from, cut, listItem);
      from = cut;
      listItem = false; // later sentences of a list item stand on their own
    }
    addLong(from, end, listItem);
    if (!listItem) {
      // A paragraph ending with ':' introduces the list that follows; any other paragraph ends the list.
      const last = units[units.length - 1];
      leadIn = last && text[last.end - 1] === ':' ? units.length - 1 : -1;
    }
  };

  // A long sentence with an inline enumeration ("Contractor shall: (a) …; (b) …") is cut into its items,
  // which take the opening words as their lead-in: the clause map and the quotes stay precise.
  const addLong = (start: number, end: number, listItem: boolean) => {
    if (end - start <= LONG_SENTENCE) return addCapped(start, end, listItem);
    const cuts: number[] = [];
    const body = text.slice(start, end);
    ENUMERATION.lastIndex = 0;
    for (let m = ENUMERATION.exec(body); m; m = ENUMERATION.exec(body)) {
      const cut = start + m.index + m[0].length;
      if (cut - (cuts[cuts.length - 1] ?? start) >= MIN_PIECE && end - cut >= MIN_PIECE) cuts.push(cut);
    }
    if (cuts.length === 0) return addCapped(start, end, listItem);
    const before = units.length;
    addCapped(start, cuts[0]!, listItem);
    const head = units.length > before ? units.length - 1 : -1;
    cuts.push(end);
    for (let k = 0; k + 1 < cuts.length; k++) addCapped(cuts[k]!, cuts[k + 1]!, true, head);
  };

  /** Adds a unit, cut at a space every MAX_UNIT characters (pathological input without punctuation). */
  const addCapped = (start: number, end: number, listItem: boolean, from = leadIn) => {
    while (end - start > MAX_UNIT) {
      let cut = text.lastIndexOf(' ', start + MAX_UNIT);
      if (cut <= start) cut = start + MAX_UNIT;
      addUnit(start, cut, listItem, from);
      start = cut;
    }
    addUnit(start, end, listItem, from);
  };

  const openPlainHeading = (heading: string, depth: number) => {
    if (lastHeadingOnlyLine >= 0 && lastHeadingOnlyLine === current()) {
      sections[lastHeadingOnlyLine]!.heading = heading;
    } else {
      const top = current();
      const level = top >= 0 && plainHeadings.has(top) ? sections[top]!.level : depth + 1;
      plainHeadings.add(openSection({ start: lineStart, number: '', heading, level, label: '' }));
    }
  };
  /** Length of a Title-Case title opening the line ("No Publicity. Neither party…"), or 0. */
  const openingTitle = (line: string): number => {
    const t = OPENING_TITLE.exec(line.length > 80 ? line.slice(0, 80) : line);
    if (!t) return 0;
    const dot = t[0].length - 2;
    return titleCase(t[0].slice(0, dot)) && !VERB.test(t[0]) && !isAbbreviation(line, dot, t[0].length) ? t[0].length : 0;
  };
  let title = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // "## 3. Payment", "# Work for Hire Contract": read without the marker, and as a heading (below).
    const markdown = text[lineStart] === '#' ? MARKDOWN_HEADING.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 8))) : null;
    if (markdown) lineStart += markdown[0].length;
    const line = text.slice(lineStart, lineEnd);
    if (line.length === 0) {
      lineStart = lineEnd + 1;
      continue;
    }
    const head = line.length > 300 ? line.slice(0, 300) : line;
    const km = /^[A-Z§]/.test(line) ? KEYWORD_MARKER.exec(head) : null;
    const keyword = km !== null && !/^[\p{Ll}]/u.test(line.slice(km[0].length));
    const m = keyword ? km : MARKER.exec(head);
    const g = m?.groups ?? {};
    const rest = m ? line.slice(m[0].length) : line;
    const restStart = lineStart + (m ? m[0].length : 0);
    const depth = current() >= 0 ? sections[current()]!.level : 0;

    const joinTo = openUnit;
    openUnit = -1;
    if (!m && !markdown && joinTo >= 0 && (/^\p{Ll}/u.test(line) || DANGLING.test(text.slice(units[joinTo]!.end - 8, units[joinTo]!.end)))) {
      // The sentence of the previous line goes on here: one unit over both lines.
      const open = units.pop()!;
      if (open.listItem) leadIn = open.leadIn;
      addBody(open.start, lineEnd, open.listItem);
      keepOpen(line, lineEnd);
      lastHeadingOnlyLine = -1;
    } else if (markdown && !(m && (keyword || g.dotted !== undefined))) {
      // A markdown heading is never a clause to quote, however long.
      if (m && (g.num ?? g.roman) !== undefined) {
        const number = (g.num ?? g.roman)!;
        openSection({ start: lineStart, number, heading: rest.replace(/\s*[.:]$/, ''), level: 1, label: number });
      } else {
        openPlainHeading(line.replace(/\s*[.:]$/, ''), depth);
      }
      lastHeadingOnlyLine = -1;
      leadIn = -1;
    } else if (m && keyword) {
      // "Article 9.2 – Non-concurrence", "ARTICLE V", "Section 5", "§ 3"
      const number = g.kwnum!;
      const kw = g.kw!;
      const dots = /^\d/.test(number) ? number.split('.').length - 1 : 0;
      const { heading, bodyOffset } = inlineHeading(rest);
      const label = `${kw === '§' ? '§' : kw[0]!.toUpperCase() + kw.slice(1).toLowerCase()} ${number}`;
      const index = openSection({ start: lineStart, number, heading, level: 1 + dots, label });
      lastHeadingOnlyLine = heading === '' && bodyOffset === 0 && rest.trim() === '' ? index : -1;
      leadIn = -1;
      if (bodyOffset < rest.length) {
        addBody(restStart + bodyOffset, lineEnd, false);
        keepOpen(line, lineEnd);
      }
    } else if (m && g.dotted !== undefined) {
      // "5.2 Durée" or "5.2 Le Prestataire…": a numbered paragraph is a section either way.
      const number = g.dotted;
      const { heading, bodyOffset } = inlineHeading(rest);
      const index = openSection({ start: lineStart, number, heading, level: number.split('.').length, label: number });
      lastHeadingOnlyLine = rest.trim() === '' ? index : -1;
      leadIn = -1;
      if (bodyOffset < rest.length) {
        addBody(restStart + bodyOffset, lineEnd, false);
        keepOpen(line, lineEnd);
      }
    } else if (m && (g.num !== undefined || g.roman !== undefined) && headingLike(rest, 10)) {
      // "5. Confidentialité", "IV – DURÉE": numbered headings. Otherwise they are list items (below).
      const number = (g.num ?? g.roman)!;
      openSection({ start: lineStart, number, heading: rest.replace(/\s*[.:]$/, ''), level: 1, label: number });
      lastHeadingOnlyLine = -1;
      leadIn = -1;
    } else if (m && (g.letter !== undefined || g.paren !== undefined || g.lroman !== undefined) && headingLike(rest, 6) && !/[.:;]$/.test(rest)) {
      const number = (g.letter ?? g.paren ?? g.lroman)!;
      openSection({ start: lineStart, number, heading: rest, level: depth + 1, label: `${number})` });
      lastHeadingOnlyLine = -1;
    } else if (!m && isCaps(line) && headingLike(line, 14)) {
      if (lastHeadingOnlyLine >= 0 && lastHeadingOnlyLine === current()) {
        sections[lastHeadingOnlyLine]!.heading = line.replace(/\s*[.:]$/, '');
      } else {
        openSection({ start: lineStart, number: '', heading: line.replace(/\s*[.:]$/, ''), level: Math.max(1, depth), label: '' });
      }
      lastHeadingOnlyLine = -1;
      leadIn = -1;
    } else if (
      !m &&
      lineEnd < text.length &&
      headingLike(line, 6) &&
      (!/[.:;,!?)]$/.test(line) || (line.endsWith('.') && titleCase(line))) &&
      !VERB.test(line)
    ) {
      // A short title on its own line ("Non-concurrence", "Termination for convenience", "Audit Rights."): a
      // heading, never a clause to quote. Consecutive titles are siblings.
      openPlainHeading(line.replace(/\.$/, ''), depth);
      lastHeadingOnlyLine = -1;
      leadIn = -1;
    } else if (!m && (title = openingTitle(line)) > 0) {
      openPlainHeading(line.slice(0, title).trimEnd().replace(/\.$/, ''), depth);
      lastHeadingOnlyLine = -1;
      leadIn = -1;
      addBody(lineStart + title, lineEnd, false);
    } else if (m) {
      // List item: bullet, "1)", "a)", "(ii)"
      addBody(restStart, lineEnd, true);
      keepOpen(line, lineEnd);
      lastHeadingOnlyLine = -1;
    } else {
      addBody(lineStart, lineEnd, false);
      keepOpen(line, lineEnd);
      lastHeadingOnlyLine = -1;
    }
    lineStart = lineEnd + 1;
  }
  return { sections, units };
}
