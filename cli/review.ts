/**
 * `npm run review -- [--json] [--lang fr|en] [--role provider|client] FILE...`
 * Exit code 0 when every file was reviewed, 2 when any file was bad input (each with one line on stderr);
 * the other files are still reviewed.
 */
import { parseArgs } from 'node:util';
import { review } from '../rules/review';
import type { Lang, Role } from '../rules/engine/types';
import { formatReview } from './format';
import { InputError, readDocument, SUPPORTED } from './read';

const USAGE = `Usage: npm run review -- [options] FILE...
Reviews contracts (${SUPPORTED.join(' ')}) and prints the unbalanced clauses.
  --json                one Review object per file, one per line (JSON Lines)
  --lang fr|en          contract language (default: detected)
  --role provider|client  your side of the contract (default: provider)
  -h, --help            this help`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        lang: { type: 'string' },
        role: { type: 'string', default: 'provider' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.lang !== undefined && values.lang !== 'fr' && values.lang !== 'en') fail(`--lang must be fr or en\n${USAGE}`);
  if (values.role !== 'provider' && values.role !== 'client') fail(`--role must be provider or client\n${USAGE}`);
  if (!positionals.length) fail(`No file given.\n${USAGE}`);

  let status = 0;
  let first = true;
  for (const file of positionals) {
    let text: string;
    try {
      text = await readDocument(file);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      process.stderr.write(`${error.message}\n`);
      status = 2;
      continue;
    }
    const result = review(text, { language: (values.lang as Lang | undefined) ?? 'auto', role: values.role as Role });
    if (values.json) {
      process.stdout.write(`${JSON.stringify(result)}\n`);
    } else {
      process.stdout.write(`${first ? '' : '\n\n'}${formatReview(file, result)}\n`);
    }
    first = false;
  }
  return status;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`vigie-review: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
