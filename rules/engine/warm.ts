/**
 * Regex compilation at a cold start. V8 (Chrome, Node) runs a regex's first execution in its bytecode
 * interpreter and compiles machine code on the second: a regex run on many short units pays two
 * compilations and a slow interpreted run. On a subject of 1,000 characters or more it compiles machine code
 * at once. The first review in a freshly injected content script compiles hundreds of regexes, so the
 * engine first runs its hot ones (category patterns, triggers) once on such a subject; the result is
 * dropped, only the time changes. Other engines merely pay one scan of 1,000 characters per regex.
 */

/** V8's subject length from which a regex is compiled to machine code on its first run. */
const LONG_SUBJECT = 1000;

/**
 * Inert subjects, one per string representation (V8 compiles a regex separately for one- and two-byte
 * strings): a symbol that no pattern looks for, so that every regex fails fast at every position. Text would
 * not do: a trigger with bounded gaps can take milliseconds on 1,000 characters of a contract.
 */
const ONE_BYTE = '\x01'.repeat(LONG_SUBJECT);
const TWO_BYTE = '\u2400'.repeat(LONG_SUBJECT);

/** Characters read to pick the representation: enough for any contract's first quote or euro sign. */
const SAMPLE = 20_000;

let subject = ONE_BYTE;

/**
 * The text under review: its units are slices of its normalised form, which is two-byte when the text is
 * (one character beyond Latin-1 is enough), so the subject is picked to match. Only the start is read: a
 * wrong guess costs a second compilation, never a different result.
 */
export function warmFor(text: string): void {
  subject = /[^\0-\xff]/.test(text.length > SAMPLE ? text.slice(0, SAMPLE) : text) ? TWO_BYTE : ONE_BYTE;
}

/** Compiles `re` to machine code now (see above). Leaves lastIndex at 0. */
export function compileNow(re: RegExp): void {
  re.lastIndex = 0;
  re.test(subject);
  re.lastIndex = 0;
}

const compiled = new WeakSet<RegExp>();

/** compileNow() for each regex not seen before (a WeakSet lookup after that). */
export function compileOnce(...res: RegExp[]): void {
  for (const re of res) {
    if (compiled.has(re)) continue;
    compiled.add(re);
    compileNow(re);
  }
}

