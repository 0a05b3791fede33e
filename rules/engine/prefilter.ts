/**
 * A cheap, exact prefilter for trigger regexes. From a regex's source we derive sets of literals such that
 * any match contains a literal of every set (`(pay|invoice)[^.]{0,80}accept` needs one of "pay", "invoice"
 * and "accept"); one Aho-Corasick pass over a unit finds which literals occur, and a trigger with a set of
 * which nothing occurs is not run: it could not match. The filter only skips work, never changes a result.
 * Literals are compared case-folded (a necessary condition for both case-sensitive and /i regexes); a regex
 * we cannot read is always run.
 */

import type { Lang } from './types';
import { compileNow } from './warm';

/** The part of a check the filter reads. */
type Checkish = Record<Lang, { triggers?: RegExp[] }>;

/** Literal sets larger than this are not worth tracking (they would match nearly every unit anyway). */
const MAX_SET = 16;
/** Character classes up to this size stay literal ([ée], [-‐ ]); larger ones are "any character". */
const MAX_CLASS = 6;

/** Case fold of one UTF-16 code unit, the same for patterns and texts. */
const foldCache = new Map<number, number>();
function fold(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let f = foldCache.get(c);
  if (f === undefined) {
    const lower = String.fromCharCode(c).toLowerCase();
    f = lower.length === 1 ? lower.charCodeAt(0) : c;
    if (f === 0x17f) f = 115; // long s folds to s under /iu
    foldCache.set(c, f);
  }
  return f;
}

/**
 * Whether a pattern character may be kept literal: ASCII and Latin-1/Latin Extended-A letters, whose fold is
 * the same under every regex case rule. Other characters (Greek, symbols with odd foldings) become "any".
 */
function literalChar(c: number): boolean {
  return c < 0x80 || (c >= 0xc0 && c <= 0x17e && c !== 0xd7 && c !== 0xf7);
}

/** What is known of the strings a node matches. */
interface Info {
  /** Every string the node can match (folded), or null when unbounded or too many. */
  exact: string[] | null;
  /** Literal sets: every match contains a literal of each set. Empty when nothing is known. */
  need: string[][];
}

const ANY: Info = { exact: null, need: [] };
const EMPTY: Info = { exact: [''], need: [] };
/**
 * Literals are cut to this length before indexing: a prefix of a required literal is required too, and
 * short literals keep the automaton small (a few thousand states) at little cost in selectivity.
 */
const MAX_LITERAL = 10;
/** Sets kept per regex (the rarest-looking ones): more would cost scan time for little selectivity. */
const MAX_SETS = 4;

function dedupe(list: string[]): string[] {
  return [...new Set(list)];
}

function needOf(info: Info): string[][] {
  if (info.need.length) return info.need;
  if (info.exact && minLength(info.exact) > 0) return [info.exact];
  return [];
}

/** The rarest-looking set of a conjunction. */
function bestOf(sets: string[][]): string[] | null {
  return sets.reduce<string[] | null>((best, set) => better(best, set), null);
}

/** Prefer the literal set whose shortest member is longest (rarer), then the smaller set. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const ma = minLength(a);
  const mb = minLength(b);
  if (ma !== mb) return ma > mb ? a : b;
  return a.length <= b.length ? a : b;
}

/** Length of the shortest member (Infinity for an empty set, as Math.min() gives). A loop: the parser runs cold. */
function minLength(set: readonly string[]): number {
  let min = Infinity;
  for (let k = 0; k < set.length; k++) if (set[k]!.length < min) min = set[k]!.length;
  return min;
}

/**
 * Plain literal characters in a row, none followed by a quantifier: not special at an atom's start and
 * literalChar() (U+0130 aside, whose lower case is two characters), so that toLowerCase() folds them as fold().
 */
const PLAIN_RUN = /(?:(?![\\[\]{}()|.^$*+?])[\0-\x7f\xc0-\xd6\xd8-\xf6\xf8-\u012f\u0131-\u017e](?![*+?{]))+/y;

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
  ) {}

  parse(): Info {
    const info = this.alternation();
    if (this.i < this.src.length) throw new Error('unbalanced');
    return info;
  }

  private alternation(): Info {
    const alternatives = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alternatives.push(this.sequence());
    }
    if (alternatives.length === 1) return alternatives[0]!;
    // Each alternative contributes its rarest set; their union is required of the alternation.
    let exact: string[] | null = [];
    let union: string[] | null = [];
    for (const a of alternatives) {
      if (exact) {
        if (a.exact) for (const l of a.exact) exact.push(l);
        else exact = null;
      }
      if (union) {
        const best = bestOf(needOf(a));
        if (best) for (const l of best) union.push(l);
        else union = null;
      }
      if (!exact && !union) break;
    }
    if (exact) exact = dedupe(exact);
    if (exact && exact.length > MAX_SET) exact = null;
    return { exact, need: union ? [dedupe(union)] : [] };
  }

  private sequence(): Info {
    const need: string[][] = [];
    let run: string[] | null = [''];
    let allExact = true;
    const closeRun = () => {
      if (run && run.every((s) => s.length > 0)) need.push(run);
    };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      // Plain characters in a row ("confidentialit") are appended at once: the same result as one at a time,
      // without a product and a dedupe per character (this runs at a cold start, in the interpreter).
      const chunk = this.plainRun();
      if (chunk) {
        for (let k = 0; k < chunk.length; ) {
          if (!run || run.length > MAX_SET) {
            closeRun();
            allExact = false;
            run = [chunk[k++]!];
            continue;
          }
          // Members distinct before, distinct after; the run closes when its shortest reaches MAX_LITERAL.
          const take = Math.max(1, MAX_LITERAL - minLength(run));
          const suffix = chunk.slice(k, k + take);
          k += suffix.length;
          run = run.map((a) => a + suffix);
          if (suffix.length === take) {
            closeRun();
            allExact = false;
            run = [''];
          }
        }
        continue;
      }
      const item = this.quantified(this.atom());
      if (item.exact) {
        const product: string[] = [];
        if (run && run.length * item.exact.length <= MAX_SET) {
          for (const a of run) for (const b of item.exact) product.push(a + b);
          run = dedupe(product);
          // Only MAX_LITERAL characters of a literal are indexed: a run that long is closed (not built on).
          if (run.every((l) => l.length >= MAX_LITERAL)) {
            closeRun();
            allExact = false;
            run = [''];
          }
        } else {
          closeRun();
          allExact = false;
          run = item.exact;
        }
      } else {
        closeRun();
        allExact = false;
        need.push(...needOf(item));
        run = [''];
      }
    }
    if (allExact) return { exact: run, need: [] };
    closeRun();
    return { exact: null, need };
  }

  /** Folded plain literal characters from here, none quantified ('' when the next atom is not one). */
  private plainRun(): string {
    PLAIN_RUN.lastIndex = this.i;
    const m = PLAIN_RUN.exec(this.src);
    if (!m) return '';
    this.i += m[0].length;
    return m[0].toLowerCase();
  }

  private quantified(info: Info): Info {
    const s = this.src;
    let min: number;
    let max: number;
    const c = s[this.i];
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(s.slice(this.i));
      if (!m) return info;
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      this.i += m[0].length - 1;
    } else return info;
    this.i++;
    if (s[this.i] === '?') this.i++;
    if (min === 1 && max === 1) return info;
    if (max === 1 && info.exact) return { exact: dedupe([...info.exact, '']), need: [] };
    if (min >= 1) return { exact: null, need: needOf(info) };
    return ANY;
  }

  private atom(): Info {
    const s = this.src;
    const c = s[this.i]!;
    if (c === '(') {
      this.i++;
      let lookaround = false;
      if (s[this.i] === '?') {
        const rest = s.slice(this.i, this.i + 3);
        if (rest.startsWith('?:')) this.i += 2;
        else if (rest.startsWith('?=') || rest.startsWith('?!')) (this.i += 2), (lookaround = true);
        else if (rest === '?<=' || rest === '?<!') (this.i += 3), (lookaround = true);
        else if (rest.startsWith('?<')) this.i = s.indexOf('>', this.i) + 1;
        else throw new Error('group');
      }
      const inner = this.alternation();
      if (s[this.i] !== ')') throw new Error('unbalanced');
      this.i++;
      // A lookaround consumes nothing: it adds no literal to the match.
      return lookaround ? EMPTY : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    this.i++;
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return ANY;
    return this.char(c.charCodeAt(0));
  }

  private char(code: number): Info {
    return literalChar(code) ? { exact: [String.fromCharCode(fold(code))], need: [] } : ANY;
  }

  private escape(): Info {
    const s = this.src;
    const c = s[this.i + 1]!;
    this.i += 2;
    if (c === 'b' || c === 'B') return EMPTY;
    if ('dDwWsS'.includes(c)) return ANY;
    if (c === 'p' || c === 'P') {
      if (this.unicode && s[this.i] === '{') this.i = s.indexOf('}', this.i) + 1;
      return ANY;
    }
    if (c === 'k' && s[this.i] === '<') {
      this.i = s.indexOf('>', this.i) + 1;
      return ANY;
    }
    if (/[0-9cxu]/.test(c)) throw new Error('escape'); // back-references, control and code escapes: give up
    const controls: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11 };
    return this.char(controls[c] ?? c.charCodeAt(0));
  }

  /** [ée], [-‐ ]: the folded characters when few and literal; otherwise any character. */
  private charClass(): Info {
    const s = this.src;
    this.i++;
    let negated = false;
    if (s[this.i] === '^') (negated = true), this.i++;
    const chars = new Set<string>();
    let simple = !negated;
    while (this.i < s.length && s[this.i] !== ']') {
      let code: number;
      if (s[this.i] === '\\') {
        const e = s[this.i + 1]!;
        this.i += 2;
        if ('dDwWsSbB'.includes(e) || /[0-9cxupPk]/.test(e)) {
          if ((e === 'p' || e === 'P') && s[this.i] === '{') this.i = s.indexOf('}', this.i) + 1;
          simple = false;
          continue;
        }
        code = ({ n: 10, r: 13, t: 9, f: 12, v: 11 } as Record<string, number>)[e] ?? e.charCodeAt(0);
      } else {
        code = s.charCodeAt(this.i++);
      }
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && this.i + 1 < s.length) {
        this.i++;
        let to: number;
        if (s[this.i] === '\\') {
          simple = false;
          to = s.charCodeAt(this.i + 1);
          this.i += 2;
        } else to = s.charCodeAt(this.i++);
        if (to - code >= MAX_CLASS) simple = false;
        else for (let k = code; k <= to; k++) chars.add(String.fromCharCode(fold(k)));
        if (!literalChar(code) || !literalChar(to)) simple = false;
        continue;
      }
      if (!literalChar(code)) simple = false;
      chars.add(String.fromCharCode(fold(code)));
    }
    if (s[this.i] !== ']') throw new Error('class');
    this.i++;
    if (!simple || chars.size === 0 || chars.size > MAX_CLASS) return ANY;
    return { exact: [...chars], need: [] };
  }
}

/**
 * Literal sets every match of `re` contains a member of (folded), rarest-looking first, or null when the
 * regex must always run. Sets of one- and two-letter literals are dropped unless nothing else is known.
 */
export function requiredLiterals(re: RegExp): string[][] | null {
  if (re.flags.includes('v')) return null;
  let sets: string[][];
  try {
    sets = needOf(new Parser(re.source, re.flags.includes('u')).parse());
  } catch {
    return null;
  }
  if (sets.length === 0) return null;
  const ranked = [...new Map(sets.map((set) => [JSON.stringify([...set].sort()), set])).values()].sort(
    (a, b) => minLength(b) - minLength(a) || a.length - b.length,
  );
  const long = ranked.filter((set) => minLength(set) >= 3);
  return (long.length ? long : ranked).slice(0, MAX_SETS);
}

/** Pattern literals only hold characters below this code (see literalChar), so a table covers the alphabet. */
const TABLE = 0x180;

/**
 * Aho-Corasick automaton over folded literals, compiled to a dense transition table over the literals'
 * alphabet; `scan` walks a text once and reports, per literal, whether it occurs.
 */
class LiteralIndex {
  private readonly trie: Map<number, number>[] = [new Map()];
  private readonly ends: number[][] = [[]];
  private readonly ids = new Map<string, number>();
  private delta = new Uint32Array(0);
  private width = 0;
  /** Folded character code → alphabet index (0: a character no literal uses). */
  private readonly alphabet = new Uint8Array(TABLE);
  private outputs: number[][] = [];
  private built = false;

  get size(): number {
    return this.ids.size;
  }

  /** Registers a literal (cut to MAX_LITERAL); returns its id. */
  add(literal: string): number {
    const key = literal.slice(0, MAX_LITERAL);
    let id = this.ids.get(key);
    if (id !== undefined) return id;
    id = this.ids.size;
    this.ids.set(key, id);
    let state = 0;
    for (let k = 0; k < key.length; k++) {
      const c = key.charCodeAt(k);
      let to = this.trie[state]!.get(c);
      if (to === undefined) {
        to = this.trie.length;
        this.trie.push(new Map());
        this.ends.push([]);
        this.trie[state]!.set(c, to);
      }
      state = to;
    }
    this.ends[state]!.push(id);
    return id;
  }

  private build(): void {
    const chars = new Set<number>();
    for (const edges of this.trie) for (const c of edges.keys()) chars.add(c);
    let width = 1;
    for (const c of chars) this.alphabet[c] = width++;
    // Text characters map to the alphabet through the same fold as the literals.
    for (let c = 0; c < TABLE; c++) {
      const f = fold(c);
      if (f < TABLE && f !== c) this.alphabet[c] = this.alphabet[f]!;
    }
    const states = this.trie.length;
    const delta = new Uint32Array(states * width);
    const fail = new Uint32Array(states);
    const outputs: number[][] = this.ends.map((e) => e.slice());
    // Breadth-first: a state's failure target is complete before the state is.
    const queue: number[] = [0];
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!;
      const edges = this.trie[state]!;
      // The failure state's row, copied natively (a loop per cell is most of a cold build's time).
      if (state !== 0) delta.copyWithin(state * width, fail[state]! * width, fail[state]! * width + width);
      for (const [c, to] of edges) {
        const a = this.alphabet[c]!;
        fail[to] = state === 0 ? 0 : delta[fail[state]! * width + a]!;
        delta[state * width + a] = to;
        queue.push(to);
      }
      if (state !== 0 && outputs[fail[state]!]!.length) outputs[state] = outputs[state]!.concat(outputs[fail[state]!]!);
    }
    this.delta = delta;
    this.width = width;
    this.outputs = outputs;
    this.built = true;
  }

  /**
   * Marks, for every occurrence of every literal in `text`, the sets the literal belongs to (`members[id]`):
   * seen[set] = stamp. One pass, no call per occurrence (it runs on every character of every unit).
   */
  scan(text: string, members: number[][], seen: Int32Array, stamp: number): void {
    if (!this.built) this.build();
    const { delta, width, alphabet, outputs } = this;
    let state = 0;
    for (let k = 0; k < text.length; k++) {
      const code = text.charCodeAt(k);
      const c = code < TABLE ? code : fold(code);
      state = delta[state * width + (c < TABLE ? alphabet[c]! : 0)]!;
      const out = outputs[state]!;
      for (let j = 0; j < out.length; j++) {
        const list = members[out[j]!]!;
        for (let i = 0; i < list.length; i++) seen[list[i]!] = stamp;
      }
    }
  }
}

interface SpecEntry {
  triggers: RegExp[];
  sets: number[][];
  ran: boolean[];
}

/** The trigger prefilter of a list of checks: which triggers may match a unit, after one scan of it. */
export class TriggerFilter {
  private readonly index = new LiteralIndex();
  /**
   * Per language spec (check.fr, check.en): its triggers, per trigger the ids of its literal sets, and whether
   * it has run (warm.ts: compiled to machine code before its first run).
   */
  private readonly specs = new Map<object, SpecEntry>();
  /** The same, in construction order (checks × langs): with one language, entry c is checks[c][lang]. */
  private readonly order: SpecEntry[] = [];
  /** Sets each literal belongs to. */
  private readonly members: number[][] = [];
  /** seen[set] === stamp when a literal of the set occurs in the scanned text. */
  private seen = new Int32Array(0);
  private stamp = 0;

  /** `langs`: the language specs indexed (one language keeps the automaton, and its build, half the size). */
  constructor(checks: readonly Checkish[], langs: readonly Lang[] = ['fr', 'en']) {
    let count = 0;
    for (const check of checks) {
      for (const spec of langs.map((lang) => check[lang])) {
        const triggers = spec.triggers ?? [];
        const sets = triggers.map((re) =>
          (requiredLiterals(re) ?? []).map((literals) => {
            const set = count++;
            for (const literal of literals) (this.members[this.index.add(literal)] ??= []).push(set);
            return set;
          }),
        );
        const entry = { triggers, sets, ran: triggers.map(() => false) };
        this.specs.set(spec, entry);
        this.order.push(entry);
      }
    }
    this.seen = new Int32Array(count);
  }

  /** Reads `text`; until the next call, `exec` answers for it. */
  scan(text: string): void {
    this.index.scan(text, this.members, this.seen, ++this.stamp);
  }

  /** False when trigger `t` of `spec` cannot match the scanned text. */
  mayMatch(spec: object, t: number): boolean {
    const need = this.specs.get(spec)!.sets[t]!;
    for (let k = 0; k < need.length; k++) if (this.seen[need[k]!] !== this.stamp) return false;
    return true;
  }

  /**
   * The first of `spec`'s triggers that matches the scanned `text`, as `re.exec` gives it, or null; the
   * triggers whose literals are missing are not run.
   */
  exec(spec: object, text: string): RegExpExecArray | null {
    return this.run(this.specs.get(spec)!, text);
  }

  /** exec() for the c-th spec indexed, checks[c][lang] for a filter of one language (no lookup by spec). */
  execAt(c: number, text: string): RegExpExecArray | null {
    return this.run(this.order[c]!, text);
  }

  private run({ triggers, sets, ran }: SpecEntry, text: string): RegExpExecArray | null {
    const { seen, stamp } = this;
    next: for (let t = 0; t < triggers.length; t++) {
      const need = sets[t]!;
      for (let k = 0; k < need.length; k++) if (seen[need[k]!] !== stamp) continue next;
      const re = triggers[t]!;
      if (!ran[t]) {
        compileNow(re);
        ran[t] = true;
      }
      re.lastIndex = 0;
      const match = re.exec(text);
      if (match) return match;
    }
    return null;
  }
}

const filters = new WeakMap<readonly object[], Partial<Record<Lang, TriggerFilter>>>();

/**
 * The trigger filter of a list of checks for one language, built once per list and language, when a unit of
 * that language is first met: a French contract never pays for the English automaton (this is the engine's
 * main cold-start cost in a freshly injected content script).
 */
export function triggerFilter(checks: readonly Checkish[], lang: Lang): TriggerFilter {
  let byLang = filters.get(checks);
  if (!byLang) filters.set(checks, (byLang = {}));
  return (byLang[lang] ??= new TriggerFilter(checks, [lang]));
}
