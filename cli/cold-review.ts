/**
 * One cold review, for `npm run bench -- --cold` (cli/bench.ts spawns this in a fresh Node process per run):
 * reads the file named by argv[2], then imports the engine (or the bundle named by argv[3]) and reviews the
 * text once, as a freshly started page or worker does, then once more. Prints one JSON line: wall and CPU
 * times (ms) of each step.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

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
const engine = process.argv[3] ? pathToFileURL(process.argv[3]).href : '../rules/review';
await step('import', async () => ({ review } = await import(engine)));
await step('first', () => review(text));
await step('second', () => review(text));
process.stdout.write(`${JSON.stringify(out)}\n`);
