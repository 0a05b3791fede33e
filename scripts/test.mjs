#!/usr/bin/env node
/**
 * `npm test`: every check, in order, without stopping at the first failure:
 *   types (tsc) · Chrome and Firefox builds · web-ext lint (zero errors) · unit and component tests (vitest, after
 *   the builds: the privacy test reads the built bundles) ·
 *   the end-to-end build (VIGIE_E2E=1, into .output/test-e2e) · end-to-end tests (Playwright, Chromium).
 * Prints `Tests: N passed, N failed` (vitest + Playwright) last and exits non-zero when anything failed.
 * The browser tests never skip silently: without a Chromium this stops and says what to install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findOrInstallChromium } from './chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const REPORTS = join(ROOT, 'test-results', 'reports');
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);

const steps = [];
let passed = 0;
let failed = 0;

function run(label, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = (Date.now() - started) / 1000;
  const ok = result.status === 0;
  steps.push({ label, ok, seconds });
  console.log(`${ok ? '✔' : '✘'} ${label} (${seconds.toFixed(1)} s)`);
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

const started = Date.now();
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

run('types', bin('tsc'), ['--noEmit']);

run('Chrome build', bin('wxt'), ['build']);
run('Firefox build', bin('wxt'), ['build', '-b', 'firefox']);
const firefoxDir = ['.output/firefox-mv2', '.output/firefox-mv3'].find((d) => existsSync(join(ROOT, d, 'manifest.json')));
if (firefoxDir) run('web-ext lint (Firefox build)', bin('web-ext'), ['lint', '--source-dir', firefoxDir, '--no-input']);
else steps.push({ label: 'web-ext lint (no Firefox build found)', ok: false, seconds: 0 });

const vitestJson = join(REPORTS, 'vitest.json');
run('unit and component tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const vitest = readJson(vitestJson);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
} else {
  failed += 1; // vitest did not even report: count it as a failure rather than as nothing
}

const E2E_OUT = '.output/test-e2e';
const e2eBuilt = run('end-to-end build', bin('wxt'), ['build'], { VIGIE_E2E: '1', VIGIE_OUT_DIR: E2E_OUT });
let chromiumPath;
try {
  chromiumPath = await findOrInstallChromium();
} catch (error) {
  console.error(`\n✘ ${error.message}`);
  steps.push({ label: 'end-to-end tests (no browser)', ok: false, seconds: 0 });
}
if (chromiumPath && e2eBuilt) {
  const playwrightJson = join(REPORTS, 'playwright.json');
  run('end-to-end tests', bin('playwright'), ['test', '--reporter=list,json'], {
    CHROMIUM_PATH: chromiumPath,
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
    VIGIE_EXTENSION_DIR: join(ROOT, E2E_OUT, 'chrome-mv3'),
  });
  const report = readJson(playwrightJson);
  if (report?.stats) {
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
  } else {
    failed += 1;
  }
}

console.log('\nSteps:');
for (const s of steps) console.log(`  ${s.ok ? '✔' : '✘'} ${s.label} (${s.seconds.toFixed(1)} s)`);
console.log(`Total time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(steps.every((s) => s.ok) && failed === 0 ? 0 : 1);
