#!/usr/bin/env node
// `vigie-review` entry: runs cli/review.ts through tsx so the CLI and the extension share the same sources.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const tsx = require.resolve('tsx/cli');
const script = fileURLToPath(new URL('./review.ts', import.meta.url));
const { status } = spawnSync(process.execPath, [tsx, script, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(status ?? 1);
