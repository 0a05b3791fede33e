/**
 * Figures for the PDF viewer, printed (no timed assertions: the machine is shared): first page visible, full
 * review of a 50-page PDF, a 500-page PDF's review time and peak JS heap, the viewer bundle size with the
 * pdf.js worker. Also checks that the 500-page document opens and reports its progress page by page.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, EXTENSION_DIR } from './harness';
import { writeFixtures } from '../fixtures/pdf/make';
import { fromStored } from '../../lib/review-pack';
import type { StoredTabReview } from '../../lib/storage';

/** The extension API in the service worker, where `evaluate` callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;

test.beforeAll(async () => {
  await writeFixtures({ large: true });
});

test.setTimeout(180_000);

/** ms from navigation start until `predicate` holds in the page, polled every frame. */
async function timeUntil(page: Page, predicate: () => boolean): Promise<number> {
  await page.waitForFunction(predicate, undefined, { polling: 'raf', timeout: 150_000 });
  return page.evaluate(() => performance.now());
}

function bundleSize(): { viewer: number; worker: number } {
  let viewer = 0;
  let worker = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/pdf\.worker/.test(name)) worker += statSync(path).size;
      else if (/^(viewer|review-worker)/.test(name)) viewer += statSync(path).size;
    }
  };
  walk(EXTENSION_DIR);
  return { viewer, worker };
}

test('viewer figures', async ({ page, extensionId, server, tabIdOf, serviceWorker }) => {
  const open = (name: string) =>
    page.goto(`chrome-extension://${extensionId}/viewer.html?file=${encodeURIComponent(`${server.origin}/fixtures/pdf/out/${name}`)}`);
  const figures: Record<string, string> = {};

  // Warm-up: the browser's first extension page load is not the viewer's cost.
  await open('one-column.pdf');
  await timeUntil(page, () => (document.querySelector('.document') as HTMLElement | null)?.dataset.state === 'complete');
  await open('long-50.pdf');
  const firstPage = await timeUntil(page, () => !!document.querySelector('.page[data-page="1"] canvas') && !!document.querySelector('.page[data-page="1"] .textLayer'));
  const review50 = await timeUntil(page, () => (document.querySelector('.document') as HTMLElement | null)?.dataset.state === 'complete');
  figures['first page visible (50-page PDF)'] = `${Math.round(firstPage)} ms (target ≤ 500 ms)`;
  figures['full review, 50 pages'] = `${Math.round(review50)} ms (target ≤ 2000 ms)`;

  const cdp = await page.context().newCDPSession(page);
  await open('long-500.pdf');
  await cdp.send('Performance.enable');
  let peak = 0;
  const sample = setInterval(() => {
    void cdp
      .send('Performance.getMetrics')
      .then(({ metrics }) => (peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0)))
      .catch(() => undefined);
  }, 100);
  // Progress is shown while pages are read.
  await expect(page.locator('.reading progress')).toBeVisible();
  const first500 = await timeUntil(page, () => !!document.querySelector('.page[data-page="1"] .textLayer'));
  const review500 = await timeUntil(page, () => (document.querySelector('.document') as HTMLElement | null)?.dataset.state === 'complete');
  clearInterval(sample);
  await expect(page.locator('.page')).toHaveCount(500);
  const count = Number(await page.getByTestId('viewer-count').getAttribute('data-count'));
  expect(count).toBeGreaterThan(0);
  // Jumping to the last page renders it.
  await page.getByLabel(/Page number|Numéro de page/).fill('500');
  await page.getByLabel(/Page number|Numéro de page/).press('Enter');
  await expect(page.locator('.page[data-page="500"] .textLayer')).toHaveCount(1);
  const canvases = await page.locator('.page canvas').count();
  const layers = await page.locator('.page .textLayer').count();
  const tabId = await tabIdOf(page);
  const kept = async () => {
    const entry = (await serviceWorker.evaluate(async (id) => {
      const { tabReviews } = await chrome.storage.session.get('tabReviews');
      return (tabReviews as Record<string, unknown> | undefined)?.[String(id)] ?? null;
    }, tabId)) as StoredTabReview | null;
    return { findings: (entry && fromStored(entry).review?.findings.length) ?? 0, bytes: JSON.stringify(entry).length };
  };
  await expect.poll(async () => (await kept()).findings, { timeout: 20_000 }).toBeGreaterThan(0);
  const stored = await kept();
  figures['500 pages: review kept by the background'] = `${stored.findings} findings, ${(stored.bytes / 1048576).toFixed(1)} MB`;
  figures['500 pages: first page text layer'] = `${Math.round(first500)} ms`;
  figures['500 pages: full review'] = `${Math.round(review500)} ms (${count} points)`;
  figures['500 pages: peak JS heap (viewer page)'] = `${(peak / 1048576).toFixed(1)} MB`;
  figures['500 pages: canvases / text layers alive after jumping to the end'] = `${canvases} / ${layers}`;
  const size = bundleSize();
  figures['viewer bundle (page + review worker)'] = `${(size.viewer / 1024).toFixed(0)} KiB`;
  figures['pdf.js worker'] = `${(size.worker / 1024).toFixed(0)} KiB`;
  figures['viewer total with worker'] = `${((size.viewer + size.worker) / 1024).toFixed(0)} KiB`;
  console.log(`\nPDF viewer figures\n${Object.entries(figures).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`);
});
