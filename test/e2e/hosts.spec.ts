/**
 * Host adapters on the built extension: DOM pages (plain, re-rendering editor, Word-for-the-web-like frame,
 * textarea), Google Docs (export stub, with and without its text layer) and a signing page. See test/e2e/hosts-perf.spec.ts for the measurements.
 */
import type { Page } from '@playwright/test';
import { test, expect, startServer } from './harness';
import { markedFindings, stubGoogleDocs, stubSigningPdf } from './hosts-fixtures';
import type { Review } from '../../rules/engine/types';

/** Findings the page should mark: not dismissed, with a clause in the text. */
const inPage = (review: Review) => review.findings.filter((f) => !f.dismissed && f.end > f.start);
const missing = (review: Review) => review.findings.filter((f) => !f.dismissed && f.end <= f.start).length;

async function popupCount(popup: Page): Promise<number> {
  await popup.reload();
  return Number(await popup.getByTestId('count').getAttribute('data-count'));
}

test('plain page: marks match the popup, card on hover and focus, dismiss, clear restores the page', async ({
  page, server, tabIdOf, reviewTab, tabReview, openPopup, badge,
}) => {
  await page.goto(`${server.origin}/fixtures/hosts/plain.html`);
  const original = await page.evaluate(() => document.body.innerHTML);
  const tabId = await tabIdOf(page);
  await reviewTab(tabId);
  const entry = await tabReview(tabId);
  expect(entry.status).toBe('reviewed');
  const review = entry.review!;
  const expected = inPage(review);
  expect(expected.length).toBeGreaterThan(3);

  // every shown finding is marked once, and their number is the popup's count minus missing protections
  await expect.poll(async () => (await markedFindings(page)).ids.length).toBe(expected.length);
  const popup = await openPopup(tabId);
  const count = await popupCount(popup);
  expect(count).toBe(review.imbalance.count);
  const marked = await markedFindings(page);
  expect(marked.ids.length).toBe(count - missing(review));
  expect(new Set(marked.ids)).toEqual(new Set(expected.map((f) => f.id)));
  // page chrome is not reviewed: nothing marked in header, nav, aside or footer
  expect(await page.locator('header mark, nav mark, aside mark, footer mark').count()).toBe(0);
  expect(Number((await badge(tabId)).text)).toBe(count);

  // hover shows the card, in a shadow root the page's CSS (button {font-size:30px; color:red}) cannot reach
  const first = page.locator('mark.vigie-mark[tabindex="0"]').first();
  const firstIds = (await first.getAttribute('data-vigie-ids'))!.split(' ');
  await first.hover();
  const card = page.locator('[data-vigie-ui="card"] .card');
  await expect(card).toBeVisible();
  const title = expected.find((f) => f.id === firstIds[0])!.title;
  await expect(card).toContainText(title);
  const fontSize = await card.locator('button').first().evaluate((b) => getComputedStyle(b).fontSize);
  expect(fontSize).not.toBe('30px');
  await page.mouse.move(2, 2);
  await expect(card).toBeHidden();

  // keyboard: Alt+Shift+N focuses the first finding and shows its card; Escape closes it, focus stays
  await page.locator('h1').click();
  await page.keyboard.press('Alt+Shift+N');
  await expect(card).toBeVisible();
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.vigieIds)).toBe(firstIds.join(' '));
  await page.keyboard.press('Enter'); // into the card
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.vigieIds)).toBe(firstIds.join(' '));
  await page.keyboard.press('Alt+Shift+N');
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.vigieIds)).not.toBe(firstIds.join(' '));
  await page.keyboard.press('Alt+Shift+P');
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.vigieIds)).toBe(firstIds.join(' '));

  // dismiss from the card: marks, badge and popup lose one point
  await page.keyboard.press('Enter');
  await card.getByRole('button', { name: /^(Dismiss|Écarter)$/ }).first().click();
  await card.getByRole('textbox').fill('accepted in negotiation');
  await card.getByRole('button', { name: /^(Dismiss this point|Écarter ce point)$/ }).click();
  await expect.poll(async () => (await markedFindings(page)).ids.length).toBe(expected.length - 1);
  expect((await markedFindings(page)).ids).not.toContain(firstIds[0]);
  await expect.poll(async () => Number((await badge(tabId)).text)).toBe(count - 1);
  await expect.poll(() => popupCount(popup)).toBe(count - 1);

  // the page's own script still works with the marks in place
  await page.locator('#counter').click();
  await expect(page.locator('#clicks')).toHaveText('1');

  // the popup's "Remove the highlights" restores the page's HTML exactly, and its script still works
  await popup.reload();
  await popup.getByRole('button', { name: /^(Remove the highlights|Retirer les surlignages)$/ }).click();
  await expect.poll(() => page.locator('mark.vigie-mark').count()).toBe(0);
  await expect.poll(async () => (await badge(tabId)).text).toBe('');
  await page.locator('#clicks').evaluate((el) => (el.textContent = '0'));
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(original);
  expect(await page.locator('[data-vigie-ui]').count()).toBe(0);
  await page.locator('#counter').click();
  await expect(page.locator('#clicks')).toHaveText('1');
  expect(await page.evaluate(() => (window as unknown as { pageScriptAlive(): boolean }).pageScriptAlive())).toBe(true);
});

test('re-rendering editor: dropped marks come back, an edit re-reviews and updates marks and count', async ({
  page, server, tabIdOf, reviewTab, tabReview, badge,
}) => {
  await page.goto(`${server.origin}/fixtures/hosts/rerender/index.html`);
  const tabId = await tabIdOf(page);
  await reviewTab(tabId);
  const review = (await tabReview(tabId)).review!;
  const expected = inPage(review).length;
  await expect.poll(async () => (await markedFindings(page)).ids.length).toBe(expected);
  // the editor re-renders every 700 ms and drops our marks: they are put back before the next frame is painted
  const renders = Number(await page.locator('#renders').textContent());
  const bareFrames = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let bare = 0;
        const end = performance.now() + 2500;
        const sample = () => {
          if (!document.querySelector('mark.vigie-mark')) bare++;
          if (performance.now() < end) requestAnimationFrame(sample);
          else resolve(bare);
        };
        requestAnimationFrame(sample);
      }),
  );
  expect(Number(await page.locator('#renders').textContent())).toBeGreaterThan(renders + 2);
  expect(bareFrames).toBe(0);
  expect((await markedFindings(page)).ids.length).toBe(expected);

  // an edit of the text: a new review, marks and badge follow it
  await page.locator('#edit').click();
  await expect.poll(async () => (await tabReview(tabId)).review!.length).not.toBe(review.length);
  const next = (await tabReview(tabId)).review!;
  expect(next.imbalance.count).toBeLessThan(review.imbalance.count);
  await expect.poll(async () => (await markedFindings(page)).ids.length).toBe(inPage(next).length);
  await expect.poll(async () => Number((await badge(tabId)).text)).toBe(next.imbalance.count);
});

test('Word-for-the-web-like page: the document frame on another origin is reviewed, without touching its editable DOM', async ({
  page, server, tabIdOf, reviewTab, tabReview, openPopup,
}) => {
  const other = await startServer(); // another port: another origin, like Word's document frame
  try {
    const doc = `${other.origin}/fixtures/hosts/word/document.html`;
    await page.goto(`${server.origin}/fixtures/hosts/word/host.html?doc=${encodeURIComponent(doc)}`);
    const frame = page.frameLocator('#WebApplicationFrame');
    await expect(frame.locator('#WACViewPanel_EditingElement')).toBeVisible();
    const docFrame = page.frames().find((f) => f.url() === doc)!;
    const before = await docFrame.evaluate(() => document.body.innerHTML);
    const tabId = await tabIdOf(page);
    await reviewTab(tabId);
    const entry = await tabReview(tabId);
    // the frame with the contract wins over the ribbon
    await expect.poll(async () => (await tabReview(tabId)).url).toBe(doc);
    const review = (await tabReview(tabId)).review!;
    expect(entry.status).toBe('reviewed');
    const expected = inPage(review);
    expect(expected.length).toBeGreaterThan(2);
    // editable area: painted with the CSS Custom Highlight API, no node inserted
    await expect.poll(async () => (await markedFindings(docFrame)).highlights).toBeGreaterThan(0);
    expect((await markedFindings(docFrame)).marks).toBe(0);
    expect(await docFrame.evaluate(() => document.body.innerHTML)).toBe(before);
    // every shown finding is painted: its quote is covered by highlighted text
    const covered = await docFrame.evaluate((quotes) => {
      const reg = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
      const ranges = ['vigie-high', 'vigie-medium', 'vigie-low'].flatMap((n) => [...(reg.get(n) ?? [])]);
      const painted = ranges.map((r) => r.toString().replace(/\s+/g, ' ')).join(' ');
      return quotes.filter((q) => painted.includes(q.replace(/\s+/g, ' ').trim().slice(0, 40))).length;
    }, expected.map((f) => f.quote));
    const popup = await openPopup(tabId);
    expect(covered).toBe((await popupCount(popup)) - missing(review));
    expect(await docFrame.evaluate(() => (window as unknown as { frameScriptAlive(): boolean }).frameScriptAlive())).toBe(true);

    // hovering a highlight shows its card (hit-tested: highlights are not elements)
    const box = await docFrame.evaluate(() => {
      const reg = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
      const range = ['vigie-high', 'vigie-medium', 'vigie-low'].flatMap((n) => [...(reg.get(n) ?? [])])[0]!;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0]!;
      return { x: r.left + Math.min(5, r.width / 2), y: r.top + r.height / 2 };
    });
    const frameBox = (await page.locator('#WebApplicationFrame').boundingBox())!;
    await page.mouse.move(frameBox.x + box.x, frameBox.y + box.y);
    const card = frame.locator('[data-vigie-ui="card"] .card');
    await expect(card).toBeVisible();
    await page.mouse.move(frameBox.x + 2, frameBox.y + 2);
    await expect(card).toBeHidden();
    // keyboard: Alt+Shift+N opens the next finding's card with focus in it; Escape closes it
    await frame.locator('h1').click();
    await page.keyboard.press('Alt+Shift+N');
    await expect(card).toBeVisible();
    expect(await docFrame.evaluate(() => document.activeElement?.getAttribute('data-vigie-ui'))).toBe('card');
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    expect(await docFrame.evaluate(() => document.body.innerHTML)).toBe(before);
  } finally {
    await other.close();
  }
});

test('Google Docs: text from the export stub, never a false "0 points" on sign-in or 403', async ({
  page, server, tabIdOf, reviewTab, tabReview, openPopup,
}) => {
  stubGoogleDocs(server);
  await page.goto(`${server.origin}/document/d/vigie-fixture/edit`);
  const tabId = await tabIdOf(page);
  await reviewTab(tabId);
  const entry = await tabReview(tabId);
  expect(entry.status).toBe('reviewed');
  expect(entry.review!.imbalance.count).toBeGreaterThan(3);
  expect(await page.locator('mark').count()).toBe(0); // canvas: no text layer to mark
  const popup = await openPopup(tabId);
  expect(await popupCount(popup)).toBe(entry.review!.imbalance.count);

  for (const [id, key, message] of [
    ['signin-required', 'host_docs_signin', /sign in|connecter/i],
    ['no-download', 'host_docs_forbidden', /cannot be exported|ne peut pas être exporté/i],
  ] as const) {
    const tab = await page.context().newPage();
    await tab.goto(`${server.origin}/document/d/${id}/edit`);
    const tid = await tabIdOf(tab);
    await reviewTab(tid);
    const failed = await tabReview(tid);
    expect(failed.status).toBe('error');
    expect(failed.error).toBe(key);
    expect(failed.review).toBeUndefined();
    const p = await openPopup(tid);
    await expect(p.getByRole('alert')).toHaveText(message);
    await expect(p.getByTestId('count')).toHaveCount(0);
  }
});

test('signing page: banner opens the PDF from the page’s own download link in Vigie’s viewer', async ({
  page, server, tabIdOf, reviewTab, tabReview, context, extensionId,
}) => {
  await stubSigningPdf(server);
  await page.goto(`${server.origin}/fixtures/hosts/docusign/index.html`);
  const original = await page.evaluate(() => document.body.innerHTML);
  const tabId = await tabIdOf(page);
  await reviewTab(tabId);
  const entry = await tabReview(tabId);
  expect(entry.status).toBe('error');
  expect(entry.error).toBe('host_esign_pdf_only');
  const banner = page.locator('[data-vigie-ui="banner"] .banner');
  await expect(banner).toContainText(/Review this document with Vigie|Analyser ce document avec Vigie/);
  const viewerOpened = context.waitForEvent('page', (p) => p.url().includes('viewer.html'));
  await banner.getByRole('button', { name: /Open the PDF in Vigie|Ouvrir le PDF dans Vigie/ }).click();
  const viewer = await viewerOpened;
  expect(viewer.url()).toBe(`chrome-extension://${extensionId}/viewer.html?file=${encodeURIComponent(`${server.origin}/hosts/docusign/contract.pdf`)}`);
  // the page's own script and DOM are untouched; hiding the banner leaves the page as it was
  await page.locator('#finish').click();
  await expect(page).toHaveTitle('DocuSign — terminé');
  await banner.getByRole('button', { name: /Hide this banner|Masquer ce bandeau/ }).click();
  await expect(page.locator('[data-vigie-ui]')).toHaveCount(0);
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(original);
});

test('automatic hosts: a Google Docs document is reviewed and a signing page gets its banner without a click', async ({
  page, server, tabIdOf, tabReview, badge, context,
}) => {
  stubGoogleDocs(server);
  await page.goto(`${server.origin}/document/d/vigie-fixture/edit`);
  const tabId = await tabIdOf(page);
  const entry = await tabReview(tabId);
  expect(entry.status).toBe('reviewed');
  await expect.poll(async () => Number((await badge(tabId)).text)).toBe(entry.review!.imbalance.count);

  await stubSigningPdf(server);
  const signing = await context.newPage();
  await signing.goto(`${server.origin}/fixtures/hosts/docusign/index.html`);
  await expect(signing.locator('[data-vigie-ui="banner"] .banner')).toBeVisible();
});

test('contract pasted in a textarea: findings drawn on an overlay, the field untouched, typing re-reviews', async ({
  page, server, tabIdOf, reviewTab, tabReview,
}) => {
  await page.goto(`${server.origin}/fixtures/hosts/textarea.html`);
  const original = await page.evaluate(() => document.body.innerHTML);
  const value = await page.locator('#contract').inputValue();
  const tabId = await tabIdOf(page);
  await reviewTab(tabId);
  const review = (await tabReview(tabId)).review!;
  expect(inPage(review).length).toBeGreaterThan(2);
  const boxes = page.locator('[data-vigie-ui="overlay"] div > div');
  await expect.poll(() => boxes.count()).toBeGreaterThan(0);
  expect(await page.locator('#contract').inputValue()).toBe(value);
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(original);
  // hover a box: the card of its finding
  const box = (await boxes.first().boundingBox())!;
  await page.mouse.move(box.x + 3, box.y + box.height / 2);
  const card = page.locator('[data-vigie-ui="card"] .card');
  await expect(card).toBeVisible();
  const titles = inPage(review).map((f) => f.title);
  expect(titles).toContain(await card.locator('h2').first().textContent());
  await page.mouse.move(2, 2);
  await expect(card).toBeHidden();
  // the page's own form still works
  await page.locator('button[type="submit"]').click();
  await expect(page.locator('#sent')).toHaveText(`sent ${value.length}`);
  // typing in the field changes the text: a new review
  await page.locator('#contract').focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' The Supplier shall not work for any competitor for five years after termination.');
  await expect.poll(async () => (await tabReview(tabId)).review!.length).toBeGreaterThan(review.length);
});

test('Google Docs with its accessible text layer: findings marked in place once the layer appears', async ({
  page, server, tabIdOf, tabReview,
}) => {
  stubGoogleDocs(server);
  await page.goto(`${server.origin}/document/d/vigie-fixture/edit?a11y=1`);
  const tabId = await tabIdOf(page);
  const review = (await tabReview(tabId)).review!; // reviewed without a click, before the layer exists
  await expect.poll(async () => (await markedFindings(page)).ids.length, { timeout: 15_000 }).toBeGreaterThan(3);
  const ids = new Set(inPage(review).map((f) => f.id));
  const marked = (await markedFindings(page)).ids;
  expect(marked.every((id) => ids.has(id))).toBe(true);
  expect(marked.length).toBeLessThanOrEqual(ids.size);
  expect(await page.locator('[role="document"] mark.vigie-mark').count()).toBe((await markedFindings(page)).marks);
});

test('a page with a strict Content Security Policy still gets styled marks and card', async ({ page, server, tabIdOf, reviewTab }) => {
  const html = await (await fetch(`${server.origin}/fixtures/hosts/plain.html`)).text();
  server.route('/csp/plain.html', (_req, res) =>
    void res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self'; style-src 'self'" })
      .end(html),
  );
  await page.goto(`${server.origin}/csp/plain.html`);
  await reviewTab(await tabIdOf(page));
  const mark = page.locator('mark.vigie-mark[tabindex="0"]').first();
  await expect(mark).toBeAttached({ timeout: 20_000 });
  // the page's own inline styles are refused; Vigie's (inserted by the extension) apply
  expect(await mark.evaluate((m) => getComputedStyle(m).borderBottomWidth)).toBe('2px');
  await mark.hover();
  const card = page.locator('[data-vigie-ui="card"] .card');
  await expect(card).toBeVisible();
  expect(await card.evaluate((c) => getComputedStyle(c).backgroundColor)).toBe('rgb(255, 255, 255)');
});
