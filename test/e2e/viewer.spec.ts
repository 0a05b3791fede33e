/**
 * Vigie's PDF viewer in the built extension: each generated PDF (test/fixtures/pdf/make.ts) opened by URL or
 * through the file picker; highlights on the text layer counted against the engine's own review of the same
 * text; the messages for scanned, encrypted, damaged and non-PDF files and for an expired link; the jump from
 * the side panel's `finding:show`; decisions remembered per document.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { PASSWORD, writeFixtures } from '../fixtures/pdf/make';

test.beforeAll(async () => {
  await writeFixtures({ large: false });
});

/** The extension API in extension pages, where `evaluate` callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;

const fixture = (origin: string, name: string) => `${origin}/fixtures/pdf/out/${name}`;

async function openViewer(page: Page, extensionId: string, file?: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/viewer.html${file ? `?file=${encodeURIComponent(file)}` : ''}`);
}

/** Waits for the complete review and returns what the viewer shows and what the engine says. */
async function reviewed(page: Page) {
  await expect(page.locator('.document')).toHaveAttribute('data-state', 'complete', { timeout: 30_000 });
  return Number(await page.getByTestId('viewer-count').getAttribute('data-count'));
}

/** Distinct findings marked in the rendered text layers. */
async function markedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ids = new Set<string>();
    for (const m of document.querySelectorAll<HTMLElement>('.textLayer mark.vigie-mark')) {
      for (const id of (m.dataset.vigieIds ?? '').split(' ')) if (id) ids.add(id);
    }
    return [...ids].sort();
  });
}

test.describe('PDF viewer', () => {
  for (const name of ['one-column.pdf', 'two-columns.pdf', 'hyphenated.pdf', 'page-break.pdf', 'ligatures.pdf']) {
    test(`${name}: text-layer highlights match the engine's findings`, async ({ page, extensionId, server, tabIdOf, tabReview, badge }) => {
      await openViewer(page, extensionId, fixture(server.origin, name));
      const count = await reviewed(page);
      expect(count).toBeGreaterThan(0);
      // Render every page so every finding with a clause can be marked.
      const pages = await page.locator('.page').count();
      for (let i = 0; i < pages; i++) {
        await page.locator('.page').nth(i).scrollIntoViewIfNeeded();
        await expect(page.locator('.page').nth(i).locator('.textLayer')).toHaveCount(1);
      }
      const tabId = await tabIdOf(page);
      const stored = await tabReview(tabId);
      expect(stored.source).toBe('pdf');
      expect(stored.docKey).toMatch(/^pdf:[0-9a-f]{64}$/);
      const withClause = stored.review!.findings.filter((f) => !f.dismissed && f.end > f.start).map((f) => f.id).sort();
      expect(withClause.length).toBeGreaterThan(0);
      await expect.poll(() => markedIds(page)).toEqual([...new Set(withClause)].sort());
      expect(stored.review!.imbalance.count).toBe(count);
      // The toolbar badge shows the viewer's count.
      await expect.poll(async () => (await badge(tabId)).text).toBe(String(count));
    });
  }

  test('a clause cut by a page break is marked on both pages', async ({ page, extensionId, server }) => {
    await openViewer(page, extensionId, fixture(server.origin, 'page-break.pdf'));
    await reviewed(page);
    for (const n of [1, 2]) await page.locator(`.page[data-page="${n}"]`).scrollIntoViewIfNeeded();
    const marksOnPage = (n: number) => page.locator(`.page[data-page="${n}"] .textLayer mark.vigie-mark`).count();
    await expect.poll(() => marksOnPage(1)).toBeGreaterThan(0);
    await expect.poll(() => marksOnPage(2)).toBeGreaterThan(0);
    const quote = await page.evaluate(() => {
      const id = document.querySelector<HTMLElement>('.page[data-page="2"] mark.vigie-mark')!.dataset.vigieId!;
      return [...document.querySelectorAll<HTMLElement>(`mark.vigie-mark[data-vigie-id="${id}"]`)].map((m) => m.closest('.page')!.getAttribute('data-page'));
    });
    expect(new Set(quote)).toEqual(new Set(['1', '2']));
  });

  test('scanned PDF: says there is no text to review, never "0 points"', async ({ page, extensionId, server }) => {
    await openViewer(page, extensionId, fixture(server.origin, 'scanned.pdf'));
    await expect(page.getByTestId('viewer-no-text')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('viewer-count')).toHaveText('');
    await expect(page.locator('.page')).toHaveCount(2);
  });

  test('a scanned page inside a text PDF is named', async ({ page, extensionId, server }) => {
    await openViewer(page, extensionId, fixture(server.origin, 'mixed-scan.pdf'));
    await reviewed(page);
    await expect(page.getByTestId('viewer-empty-pages')).toContainText('2');
  });

  test('password-protected PDF: asks, says when wrong, opens with the right one', async ({ page, extensionId, server }) => {
    await openViewer(page, extensionId, fixture(server.origin, 'encrypted.pdf'));
    const input = page.locator('input[type=password]');
    await expect(input).toBeVisible();
    await input.fill('wrong');
    await input.press('Enter');
    await expect(page.getByTestId('viewer-password-wrong')).toBeVisible();
    await page.locator('input[type=password]').fill(PASSWORD);
    await page.locator('input[type=password]').press('Enter');
    expect(await reviewed(page)).toBeGreaterThan(0);
  });

  test('password prompt cancelled: says so, the picker stays', async ({ page, extensionId, server }) => {
    await openViewer(page, extensionId, fixture(server.origin, 'encrypted.pdf'));
    await page.getByRole('button', { name: /Cancel|Annuler/ }).click();
    await expect(page.getByTestId('viewer-error')).toHaveAttribute('data-key', 'viewer_error_password_cancelled');
    await page.getByTestId('viewer-file').setInputFiles('test/fixtures/pdf/out/one-column.pdf');
    expect(await reviewed(page)).toBeGreaterThan(0);
  });

  for (const [name, key] of [
    ['damaged.pdf', 'viewer_error_damaged'],
    ['not-a-pdf.pdf', 'viewer_error_not_pdf'],
    ['expired-link.pdf', 'viewer_error_fetch'],
  ] as const) {
    test(`${name}: a clear message and the file picker`, async ({ page, extensionId, server }) => {
      await openViewer(page, extensionId, fixture(server.origin, name));
      const error = page.getByTestId('viewer-error');
      await expect(error).toHaveAttribute('data-key', key);
      await expect(error).not.toBeEmpty();
      await expect(page.getByRole('button', { name: /PDF/ })).toBeVisible();
      // Nothing lost: the picker still opens a good file.
      await page.getByTestId('viewer-file').setInputFiles(`test/fixtures/pdf/out/one-column.pdf`);
      expect(await reviewed(page)).toBeGreaterThan(0);
    });
  }

  test('a file:// link without file access: says how to allow it, offers the picker', async ({ page, extensionId }) => {
    await openViewer(page, extensionId, `file://${process.cwd()}/test/fixtures/pdf/out/one-column.pdf`);
    await expect(page.getByTestId('viewer-error')).toHaveAttribute('data-key', 'viewer_error_file_access');
    await page.getByTestId('viewer-file').setInputFiles('test/fixtures/pdf/out/one-column.pdf');
    expect(await reviewed(page)).toBeGreaterThan(0);
  });

  test('a site Vigie may not read yet: asks first (inside a click), with the picker as the alternative', async ({ page, extensionId }) => {
    await openViewer(page, extensionId, 'https://contracts.example.invalid/sign/contrat.pdf');
    await expect(page.getByText('contracts.example.invalid')).toBeVisible();
    await expect(page.getByRole('button', { name: /Allow and open|Autoriser et ouvrir/ })).toBeVisible();
    await page.getByTestId('viewer-file').setInputFiles('test/fixtures/pdf/out/one-column.pdf');
    expect(await reviewed(page)).toBeGreaterThan(0);
  });

  test('start page: file picker and drag and drop', async ({ page, extensionId }) => {
    await openViewer(page, extensionId);
    await page.getByTestId('viewer-file').setInputFiles('test/fixtures/pdf/out/two-columns.pdf');
    expect(await reviewed(page)).toBeGreaterThan(0);
    await expect(page).toHaveTitle(/deux colonnes/);

    await openViewer(page, extensionId);
    const bytes = [...(await import('node:fs')).readFileSync('test/fixtures/pdf/out/hyphenated.pdf')];
    const transfer = await page.evaluateHandle((data) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], 'hyphenated.pdf', { type: 'application/pdf' }));
      return dt;
    }, bytes);
    await page.locator('.viewer').dispatchEvent('dragover', { dataTransfer: transfer });
    await page.locator('.viewer').dispatchEvent('drop', { dataTransfer: transfer });
    expect(await reviewed(page)).toBeGreaterThan(0);
  });

  test('finding:show from the side panel scrolls to the finding and flashes it; dismissals are remembered', async ({
    page,
    context,
    serviceWorker,
    extensionId,
    server,
    tabIdOf,
    tabReview,
  }) => {
    await openViewer(page, extensionId, fixture(server.origin, 'page-break.pdf'));
    const before = await reviewed(page);
    const tabId = await tabIdOf(page);
    const stored = await tabReview(tabId);
    const target = stored.review!.findings.find((f) => f.quote.includes('vingt-quatre'))!;
    expect(target).toBeTruthy();
    // The side panel's request goes through the background (panel → background → viewer tab).
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    const shown = await panel.evaluate(
      ([tab, id]) => chrome.runtime.sendMessage({ vigie: 'finding:show', payload: { tabId: tab, findingId: id } }),
      [tabId, target.id] as const,
    );
    expect(shown).toEqual({ ok: true, value: true });
    // The background's leg on its own: tabs.sendMessage reaches the viewer page in its tab.
    const routed = await serviceWorker.evaluate(
      ([tab, id]) => chrome.tabs.sendMessage(tab, { vigie: 'finding:show', payload: { tabId: tab, findingId: id } }),
      [tabId, target.id] as const,
    );
    expect(routed).toEqual({ ok: true, value: true });
    await page.bringToFront();
    const mark = page.locator(`mark.vigie-mark[data-vigie-id="${target.id}"]`).first();
    await expect(mark).toBeInViewport();
    await expect(page.locator('mark.vigie-flash').first()).toBeAttached();

    // Dismiss through the card: the count drops, and stays dropped when the document is opened again.
    await mark.focus();
    await page.keyboard.press('Enter');
    const card = page.locator('[data-vigie-ui="card"]');
    await card.locator('button', { hasText: /^(écarter|dismiss)$/i }).first().click();
    await card.locator('button[type=submit]').first().click();
    await expect(page.getByTestId('viewer-count')).toHaveAttribute('data-count', String(before - 1));
    await openViewer(page, extensionId, fixture(server.origin, 'page-break.pdf'));
    expect(await reviewed(page)).toBe(before - 1);
    await panel.close();
  });

  test('keyboard: Alt+Shift+N walks the findings across pages', async ({ page, extensionId, server }) => {
    await openViewer(page, extensionId, fixture(server.origin, 'page-break.pdf'));
    await reviewed(page);
    await page.locator('.pages').focus();
    await page.keyboard.press('Alt+Shift+N');
    await expect(page.locator('mark.vigie-mark:focus')).toHaveCount(1);
    const first = await page.locator('mark.vigie-mark:focus').getAttribute('data-vigie-id');
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => page.locator('mark.vigie-mark:focus').getAttribute('data-vigie-id')).not.toBe(first);
  });

  test('zoom re-renders the page and puts the highlights back', async ({ page, extensionId, server }) => {
    await openViewer(page, extensionId, fixture(server.origin, 'one-column.pdf'));
    await reviewed(page);
    const marks = page.locator('.textLayer mark.vigie-mark');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    const before = await marks.count();
    const width = await page.locator('.page').first().evaluate((el) => el.getBoundingClientRect().width);
    await page.getByRole('button', { name: /Zoom in|Agrandir/ }).click();
    await expect.poll(() => page.locator('.page').first().evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(width * 1.2);
    await expect.poll(() => marks.count()).toBe(before);
  });

  test('find in document', async ({ page, extensionId, server }) => {
    await openViewer(page, extensionId, fixture(server.origin, 'one-column.pdf'));
    await reviewed(page);
    await page.getByRole('searchbox').fill('PRESTATAIRE');
    await page.getByRole('searchbox').press('Enter');
    await expect(page.getByTestId('viewer-find-count')).toHaveText(/^1 (of|sur) \d+$/);
  });
});
