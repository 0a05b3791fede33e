/**
 * One cold review, for `npm run bench -- --cold` (cli/bench.ts spawns this in a fresh Node process per run):
 * reads the file named by argv[2], then imports the engine and reviews the text once, as a freshly injected
 * content script does. Prints one JSON line: import, first-review and second-review times (ms).
 */
import { readFileSync } from 'node:fs';

const text = readFileSync(process.argv[2]!, 'utf8');
const t0 = performance.now();
const { review } = await import('../rules/review');
const t1 = performance.now();
review(text);
const t2 = performance.now();
review(text);
const t3 = performance.now();
process.stdout.write(`${JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, secondMs: t3 - t2 })}\n`);
