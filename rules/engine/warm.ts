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

let subject = '.'.repeat(LONG_SUBJECT);

/**
 * Takes the priming subject from the text under review: V8 compiles a regex separately for one- and two-byte
 * strings, and the units, slices of this text, share its representation.
 */
export function warmFor(text: string): void {
  // A new string, not a slice: a slice would keep the whole text alive until the next review.
  subject = `.${text.slice(0, LONG_SUBJECT - 1)}`.padEnd(LONG_SUBJECT, '.');
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
