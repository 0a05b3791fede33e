/**
 * Text normalisation with an offset map back to the original. Checks and classifiers read the normalised
 * text; every offset the engine reports goes through the map, so quotes are exact slices of the input.
 *
 * What is folded (check patterns can rely on it):
 * - line ends: \r\n, \r, U+2028/2029, form feeds → \n; three or more line breaks → two (a paragraph break);
 * - spaces: NBSP, narrow/thin/figure spaces, tabs → ' '; runs of spaces → one; none at line start or end;
 * - invisible characters (soft hyphen, zero-width spaces, BOM) removed;
 * - apostrophes and single quotes ‘ ’ ‚ ‛ ′ ` ´ → ' ; double quotes “ ” „ ‟ ″ → " ; « » are kept;
 * - hyphens ‐ ‑ ‒ and the minus sign → '-';
 * - ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ → their letters;
 * - bullets at line start (• ▪ ● ◦ – — * …) → '•';
 * - in text wrapped at a fixed width (PDF text, e-mails): words hyphenated at a line end are rejoined
 *   ("respon-\nsabilité" → "responsabilité"; "sous-\ntraitant" keeps its hyphen) and line breaks inside a
 *   sentence become ' '; text with one paragraph or sentence per line keeps every line break.
 */

import { compileOnce } from './warm';

export interface Normalized {
  /** The normalised text. */
  text: string;
  /** map[i] = offset in the original of text[i]; map[text.length] = original length. */
  map: Int32Array;
}

const SINGLE_QUOTES = new Set(['\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`', '\u00b4']);
const DOUBLE_QUOTES = new Set(['\u201c', '\u201d', '\u201e', '\u201f', '\u2033']);
const HYPHENS = new Set(['\u2010', '\u2011', '\u2012', '\u2212']);
const SPACES = new Set(['\u00a0', '\u202f', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u205f', '\u3000', '\t', '\v']);
const INVISIBLE = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);
const BREAKS = new Set(['\u2028', '\u2029', '\f']);
const LIGATURES: Record<string, string> = { '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb05': 'st', '\ufb06': 'st' };
const BULLETS = new Set(['•', '▪', '●', '◦', '‣', '○', '■', '□', '➢', '►', '✓', '✔', '❖', '➤', '→', '·', '*', '–', '—', '\uf0b7', '\uf0a7']);

/**
 * Accumulates output text as chunks, with the original offset of every output character in a typed array
 * (a per-character array of numbers costs too much on 1,000-page documents).
 */
class Builder {
  private parts: string[] = [];
  offsets: Int32Array;
  length = 0;
  private lastChar = '';
  constructor(capacity: number) {
    this.offsets = new Int32Array(capacity + 1);
  }
  /** Appends source[from, to), each character mapped to `base + its index`. */
  copy(source: string, from: number, to: number, base: number): void {
    if (to <= from) return;
    this.parts.push(source.slice(from, to));
    for (let k = from; k < to; k++) this.offsets[this.length++] = base + k;
    this.lastChar = source[to - 1]!;
  }
  /** Appends `s`, every character mapped to `offset`. */
  put(s: string, offset: number): void {
    this.parts.push(s);
    for (let k = 0; k < s.length; k++) this.offsets[this.length++] = offset;
    this.lastChar = s[s.length - 1] ?? this.lastChar;
  }
  get last(): string {
    return this.length === 0 ? '' : this.lastChar;
  }
  /** Removes the last character (only ever a single-character chunk or the end of a chunk). */
  pop(): void {
    const lastPart = this.parts[this.parts.length - 1]!;
    if (lastPart.length <= 1) this.parts.pop();
    else this.parts[this.parts.length - 1] = lastPart.slice(0, -1);
    this.length--;
    const now = this.parts[this.parts.length - 1];
    this.lastChar = now ? now[now.length - 1]! : '';
  }
  finish(): { text: string; map: Int32Array } {
    return { text: this.parts.join(''), map: this.offsets.subarray(0, this.length) };
  }
}

/**
 * Characters that foldCharacters may change: everything else is copied in runs. A plain space is only
 * special next to another space or a line break (it is the commonest character: matching each one is slow).
 * Every alternative starts with the character it matches (the lookbehind comes after the space), so that
 * positions with none of them are skipped at once.
 */
const SPECIAL = /^ | (?=[ \t\n\r])| (?<=[\n\r \t] )|[\r\n\u2028\u2029\f\u00ad\u200b-\u200d\u2060\ufeff\u00a0\u202f\u2000-\u200a\u205f\u3000\t\v\u2018\u2019\u201a\u201b\u2032`\u00b4\u201c-\u201f\u2033\u2010-\u2012\u2212\ufb00-\ufb06•▪●◦‣○■□➢►✓✔❖➤→·*–—\uf0b7\uf0a7]/g;

/** Character-level folding: line ends, spaces, quotes, hyphens, ligatures, invisible characters. */
function foldCharacters(original: string): { text: string; map: Int32Array } {
  const ligatures = original.match(/[\ufb00-\ufb06]/g)?.length ?? 0;
  const b = new Builder(original.length + 2 * ligatures);
  let atLineStart = true;
  let run = 0; // start of the pending run of unchanged characters
  SPECIAL.lastIndex = 0;
  for (let m = SPECIAL.exec(original); m; m = SPECIAL.exec(original)) {
    const i = m.index;
    if (i > run) {
      b.copy(original, run, i, 0);
      atLineStart = false;
    }
    run = i + 1;
    let c = original[i]!;
    if (c === '\r') {
      if (original[i + 1] === '\n') continue; // the \n that follows carries the break
      c = '\n';
    }
    if (BREAKS.has(c)) c = '\n';
    if (INVISIBLE.has(c)) continue;
    if (SPACES.has(c)) c = ' ';
    if (c === '\n') {
      while (b.last === ' ') b.pop();
      b.put('\n', i);
      atLineStart = true;
      continue;
    }
    if (c === ' ') {
      if (!atLineStart && b.last !== ' ') b.put(' ', i);
      continue;
    }
    if (atLineStart && BULLETS.has(c) && /\s/.test(original[i + 1] ?? '')) c = '•';
    else if (SINGLE_QUOTES.has(c)) c = "'";
    else if (DOUBLE_QUOTES.has(c)) c = '"';
    else if (HYPHENS.has(c)) c = '-';
    atLineStart = false;
    b.put(LIGATURES[c] ?? c, i);
  }
  if (run < original.length) b.copy(original, run, original.length, 0);
  while (b.last === ' ') b.pop();
  return b.finish();
}

/** Prefixes whose hyphen is part of the word: "sous-\ntraitant" stays "sous-traitant". */
const KEPT_HYPHEN_PREFIX = /(?:^|[^\p{L}])(?:sous|non|ci|co|contre|auto|anti|semi|quasi|vice|self|pré|post|pre|re|ré|extra|inter|intra|multi|sur|demi|mi|ex|e|end|third|long|short|full|part|off|on|de)$/iu;
/** A line that opens a block: bullet, numbering, lettered item, or a section keyword. */
const BLOCK_START = /^(?:•|-\s|\(?[a-z]\)|\(?[ivxlcdm]{1,6}[).]\s|\(\d{1,3}\)|\d{1,3}(?:\.\d{1,3})*(?:[.)]\s|\s+(?=\p{Lu}))|\d{1,3}(?:\.\d{1,3})+\s|(?:article|art\.|section|clause|chapitre|chapter|titre|title|annexe|annex|schedule|appendix|partie|part)\s+[\dIVXLCDM]|§)/iu;
const TERMINAL = /[.!?:;]["»)\]']?$/;
const LOWER_START = /^[\p{Ll}]/u;

function isCapsHeading(line: string): boolean {
  let upper = 0;
  for (const ch of line) {
    if (ch !== ch.toUpperCase()) return false;
    if (ch !== ch.toLowerCase()) upper++;
  }
  return upper >= 3;
}

/** Whether the break between two non-empty lines is a soft wrap inside a sentence. */
function isSoftWrap(prev: string, prevLength: number, next: string): boolean {
  if (BLOCK_START.test(next)) return false;
  if (TERMINAL.test(prev) || (prevLength < 200 && isCapsHeading(prev)) || (BLOCK_START.test(prev) && prevLength < 60)) return false;
  if (LOWER_START.test(next)) return true;
  // A long line that stops mid-sentence was wrapped (PDF text, e-mails); a short one is a heading or a label.
  return prevLength >= 50;
}

/**
 * Whether the text's lines were wrapped at a fixed width (PDF text, e-mails): then a line break inside a
 * sentence is not a real break. Text with one paragraph or one sentence per line (web pages, Word exports,
 * data sets) has many long lines; there every line break is kept.
 */
function isHardWrapped(text: string): boolean {
  let lines = 0;
  let long = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) {
      lines++;
      if (end - start > 160) long++;
    }
    start = end + 1;
  }
  return long <= lines * 0.1;
}

/** Line-level folding on the character-folded text: rejoin hyphenated words and wrapped lines. */
function joinLines(text: string): { text: string; map: Int32Array } {
  const b = new Builder(text.length);
  const wrapped = isHardWrapped(text);
  // Run at every line break of wrapped text: compiled at once (warm.ts).
  if (wrapped) compileOnce(BLOCK_START, TERMINAL, LOWER_START, KEPT_HYPHEN_PREFIX);
  let lineStart = 0;
  let blankRun = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd === lineStart) {
      if (lineEnd < text.length && b.length > 0 && blankRun < 1) {
        b.put('\n', lineEnd);
        blankRun++;
      }
      lineStart = lineEnd + 1;
      continue;
    }
    blankRun = 0;
    b.copy(text, lineStart, lineEnd, 0);
    if (lineEnd >= text.length) break;
    // Look at the next line to decide what the break is (only its first characters matter).
    const nextStart = lineEnd + 1;
    let nextEnd = text.indexOf('\n', nextStart);
    if (nextEnd < 0) nextEnd = text.length;
    if (nextEnd === nextStart) {
      b.put('\n', lineEnd);
    } else {
      const line = text.slice(Math.max(lineStart, lineEnd - 200), lineEnd);
      const next = text.slice(nextStart, Math.min(nextEnd, nextStart + 200));
      const prevLength = lineEnd - lineStart;
      if (!wrapped) {
        b.put('\n', lineEnd);
      } else if (line.endsWith('-') && /\p{L}-$/u.test(line.slice(-2)) && LOWER_START.test(next)) {
        const word = /[\p{L}]+-$/u.exec(line.slice(-40))?.[0] ?? '';
        if (!KEPT_HYPHEN_PREFIX.test(word.slice(0, -1))) b.pop(); // drop the hyphen
        // no separator: the word continues on the next line
      } else if (isSoftWrap(line, prevLength, next)) {
        b.put(' ', lineEnd);
      } else {
        b.put('\n', lineEnd);
      }
    }
    lineStart = nextStart;
  }
  while (b.last === '\n') b.pop();
  return b.finish();
}

export function normalize(original: string): Normalized {
  const folded = foldCharacters(original);
  const joined = joinLines(folded.text);
  const n = joined.text.length;
  // Composed in place: joinLines never lengthens the text, so its offset buffer has room for n + 1 entries
  // (one array of the text's length less per review: 14 MB on 1,000 pages).
  const map = new Int32Array(joined.map.buffer, joined.map.byteOffset, n + 1);
  for (let i = 0; i < n; i++) map[i] = folded.map[map[i]!]!;
  map[n] = original.length;
  return { text: joined.text, map };
}

/**
 * Original offsets of the normalised range [start, end): from the first character's original offset to just
 * after the last character's (so a ligature or a folded quote is included whole).
 */
export function toOriginal(n: Normalized, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = n.map[start] ?? n.map[n.map.length - 1]!;
    return { start: at, end: at };
  }
  return { start: n.map[start]!, end: n.map[end - 1]! + 1 };
}
