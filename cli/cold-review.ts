/**
 * One cold review, for `npm run bench -- --cold` (cli/bench.ts spawns this in a fresh Node process per run):
 * reads the file named by argv[2], then imports the engine and reviews the text once, as a freshly injected
 * content script does, then once more. Prints one JSON line: wall and CPU times (ms) of each step.
 */
import { readFileSync } from 'node:fs';

const text = readFileSync(process.argv[2]!, 'utf8');
const out: Record<string, number> = {};
const step = async (name: string, run: () => unknown) => {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  await run();
  out[`${name}Ms`] = performance.now() - t0;
  const c = process.cpuUsage(cpu);
  out[`${name}CpuMs`] = (c.user + c.system) / 1000;
};
let review: (text: string) => unknown = () => undefined;
await step('import', async () => ({ review } = await import('../rules/review')));
await step('first', () => review(text));
await step('second', () => review(text));
process.stdout.write(`${JSON.stringify(out)}\n`);
