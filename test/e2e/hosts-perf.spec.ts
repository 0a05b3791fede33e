/**
 * Measurements, printed (no timed assertions: the machine is shared): time from "Review this page" to the last
 * highlight on 50- and 200-page contracts, heap added by a review, and that nothing is injected on pages the
 * user never asked to review.
 */
import { test, expect } from './harness';
import { markedFindings, stubLongPages } from './hosts-fixtures';
import { DOCS_MATCHES, E2E_DOCS_MATCHES, E2E_SIGNING_MATCHES, SIGNING_MATCHES } from '../../hosts/automatic';

declare const chrome: typeof import('wxt/browser').browser;

/** Runs per size: each on a new tab, so each pays the content script's injection like a first click. */
const RUNS: Record<number, number> = { 50: 3, 200: 2 };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

for (const pages of [50, 200]) {
  test(`${pages}-page contract: time to the last highlight and heap per review`, async ({
    server, tabIdOf, tabReview, context, extensionId,
  }) => {
    test.setTimeout(240_000);
    stubLongPages(server, [pages]);
    const driver = await context.newPage();
    const times: number[] = [];
    const heaps: number[] = [];
    let line = '';
    for (let run = 0; run < RUNS[pages]!; run++) {
      const page = await context.newPage();
      await page.goto(`${server.origin}/hosts/long/${pages}.html?run=${run}`);
      const chars = await page.evaluate(() => document.body.innerText.length);
      // the page records when the last mark was inserted (main world sees the content script's DOM changes)
      await page.evaluate(() => {
        const w = window as unknown as { lastMark: number };
        w.lastMark = 0;
        new MutationObserver((records) => {
          for (const r of records) {
            for (const n of r.addedNodes) if ((n as Element).classList?.contains('vigie-mark')) w.lastMark = performance.now();
          }
        }).observe(document.body, { childList: true, subtree: true });
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      const tabId = await tabIdOf(page);
      // the popup's "Review this page" sends review:request: the popup is opened on the tab first, as by a user
      // (without a user's pause before the click)
      await driver.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      const t0 = await page.evaluate(() => performance.now());
      await driver.evaluate((id) => chrome.runtime.sendMessage({ vigie: 'review:request', payload: { tabId: id } }), tabId);
      const review = (await tabReview(tabId)).review!;
      const shown = review.findings.filter((f) => !f.dismissed && f.end > f.start).length;
      await expect.poll(async () => (await markedFindings(page)).ids.length, { timeout: 60_000 }).toBe(shown);
      const last = await page.evaluate(() => (window as unknown as { lastMark: number }).lastMark);
      expect(last).toBeGreaterThan(t0);
      await cdp.send('HeapProfiler.collectGarbage');
      const after = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      times.push(last - t0);
      heaps.push((after - before) / 1048576);
      line = `${pages} pages (${chars} chars): ${shown} findings marked (${(await markedFindings(page)).marks} <mark>s)`;
      await page.close();
    }
    console.log(
      `[hosts perf] ${line}, review → last highlight median ${Math.round(median(times))} ms ` +
        `(runs: ${times.map(Math.round).join(', ')} ms; target ${pages <= 50 ? '≤ 300 ms' : '≤ 1.5 s'}), ` +
        `page heap +${median(heaps).toFixed(1)} MB`,
    );
  });
}

test('nothing is injected on a page never reviewed; automatic scripts only on Docs and signing sites', async ({
  page, server, tabIdOf, serviceWorker,
}) => {
  await page.goto(`${server.origin}/fixtures/hosts/plain.html`);
  const original = await page.evaluate(() => document.documentElement.outerHTML);
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(original);
  expect(await page.locator('[data-vigie-ui], mark.vigie-mark').count()).toBe(0);
  const tabId = await tabIdOf(page);
  // no content script answers in the tab, and none is registered at run time
  const reached = await serviceWorker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { vigie: 'content:review', payload: { selection: false } }).then(() => true, () => false),
    tabId,
  );
  expect(reached).toBe(false);
  expect(await serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  const declared = (manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []);
  const automatic = [...DOCS_MATCHES, ...SIGNING_MATCHES, ...E2E_DOCS_MATCHES, ...E2E_SIGNING_MATCHES];
  expect(declared.every((m) => automatic.includes(m))).toBe(true);
  console.log(`[hosts perf] declared content script matches: ${declared.join(', ') || '(none)'}`);
});
