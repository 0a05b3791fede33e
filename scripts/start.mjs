#!/usr/bin/env node
/**
 * `npm start`: build Vigie, serve the sample contracts on localhost, open Chromium with Vigie loaded on the
 * French sample and review it, so the unbalanced clauses are highlighted and the badge shows the count.
 * It uses the localhost-enabled build (VIGIE_E2E=1, in .output/e2e): a store build only reads a page after a
 * click on its toolbar button, which a script cannot give. Without a display it prints the CLI's review instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { CHROMIUM_ARGS, extensionArgs, findChromium, INSTALL_HINT } from './chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const EXAMPLES = join(ROOT, 'examples');
const EXTENSION_DIR = join(ROOT, '.output/e2e/chrome-mv3');
const SAMPLE_TXT = 'examples/fr-unbalanced.txt';

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log('No display (DISPLAY / WAYLAND_DISPLAY unset): a browser window cannot open here.');
  console.log(`Here is the same review from the command line (npm run review -- ${SAMPLE_TXT}):\n`);
  const cli = spawnSync('npm', ['run', '--silent', 'review', '--', SAMPLE_TXT], { cwd: ROOT, stdio: 'inherit' });
  process.exit(cli.status ?? 1);
}

console.log('Building Vigie (localhost-enabled build, .output/e2e)…');
const build = spawnSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, VIGIE_E2E: '1' },
});
if (build.status !== 0) process.exit(build.status ?? 1);

const executablePath = await findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.pdf': 'application/pdf' };
const escapeHtml = (s) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);

/** The sample as a web page: the HTML version when the examples have one, else the text in paragraphs. */
function samplePage() {
  const html = join(EXAMPLES, 'fr-unbalanced.html');
  if (existsSync(html)) return readFileSync(html, 'utf8');
  const text = readFileSync(join(ROOT, SAMPLE_TXT), 'utf8');
  const paragraphs = text.split(/\n\s*\n/).map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`);
  return `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Contrat (exemple)</title>
<body style="max-width:760px;margin:2em auto;font:16px/1.5 Georgia,serif">${paragraphs.join('\n')}</body></html>`;
}

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (path === '/' || path === '/sample.html') {
    res.writeHead(200, { 'content-type': TYPES['.html'] }).end(samplePage());
    return;
  }
  const file = normalize(join(EXAMPLES, path.replace(/^\/examples\//, '/')));
  if (!file.startsWith(EXAMPLES) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;
console.log(`Samples served on ${origin}/ (the other samples: ${origin}/examples/<name>)`);

const { chromium } = await import('@playwright/test');
const profile = mkdtempSync(join(tmpdir(), 'vigie-start-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: false,
  viewport: null,
  ignoreDefaultArgs: ['--disable-extensions'],
  args: [...CHROMIUM_ARGS, ...extensionArgs(EXTENSION_DIR)],
});
const shutdown = () => {
  server.close();
  server.closeAllConnections();
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch {
    // Chromium may still hold its profile: a leftover temp dir is harmless.
  }
};
context.on('close', () => {
  shutdown();
  process.exit(0);
});

const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${origin}/sample.html`);
const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, page.url());

// Ask the background to review the tab, as the popup's button does.
const driver = await context.newPage();
await driver.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
await driver.evaluate((id) => chrome.runtime.sendMessage({ vigie: 'review:request', payload: { tabId: id } }), tabId);
await driver.close();
await page.bringToFront();
console.log('Vigie reviewed the sample: the clauses are highlighted and the toolbar badge shows the count.');
console.log('Click the Vigie button for the summary. Close the browser to stop.');
