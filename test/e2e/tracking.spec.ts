/**
 * Issue 7 end to end: a negotiated version saved with its asked changes, the version to sign (another page)
 * linked and checked — two of three changes made, one clause changed silently —; journal entries that fill a
 * formal notice's chronology; the second-opinion report with every section.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';

declare const chrome: typeof import('wxt/browser').browser;

/** The three changes asked on v1 (test/fixtures/tracking): payment term, non-compete, liability. */
const ASKED = ['PY-01', 'NC-01', 'LB-02'];

test.beforeEach(async ({ serviceWorker }) => {
  await serviceWorker.evaluate(() =>
    chrome.storage.local.set({ settings: { role: 'provider', language: 'en', thresholds: {}, disabledCategories: [] } }),
  );
});

const violations = async (page: Page) => (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.length}`);

async function view(panel: Page, name: string) {
  await panel.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  await expect(panel.getByRole('heading', { level: 2, name: name === 'Journal' ? 'Journal of weak signals' : name })).toBeFocused();
}

test('version check: the version to sign misses one of the three agreed changes and changed a clause silently', async ({
  context,
  page,
  server,
  tabIdOf,
  reviewTab,
  tabReview,
  openPopup,
  openExtensionPage,
}) => {
  test.setTimeout(120_000);
  await page.goto(`${server.origin}/fixtures/tracking/v1.html`);
  const tabId = await tabIdOf(page);
  await reviewTab(tabId);
  const v1 = (await tabReview(tabId)).review!;
  const panel = await openExtensionPage(`sidepanel.html?tab=${tabId}`);
  for (const check of ASKED) {
    const title = v1.findings.find((f) => f.check === check)!.title;
    await panel
      .locator('li.finding', { has: panel.getByRole('heading', { name: title }) })
      .getByRole('checkbox', { name: 'Include in a letter' })
      .check();
  }

  await view(panel, 'Versions');
  await expect(panel.getByText('Changes asked: the 3 findings ticked in the drafting desk.')).toBeVisible();
  await panel.getByLabel('Client', { exact: true }).fill('Globex');
  await panel.getByLabel('Mission', { exact: true }).fill('Refonte');
  await panel.getByLabel('Name of the version').fill('Negotiated');
  await panel.getByRole('button', { name: 'Save this review as a version' }).click();
  await expect(panel.locator('#panel-status')).toHaveText('Version “Negotiated” saved with 3 changes asked.');
  await expect(panel.locator('.version-list li')).toHaveCount(1);

  // The version to sign arrives at another address: review it, link it to the saved version.
  await page.goto(`${server.origin}/fixtures/tracking/v2.html`);
  await reviewTab(tabId);
  const v2 = (await tabReview(tabId)).review!;
  await expect(panel.locator('.doc-title')).toHaveText('Contrat Globex – version à signer');
  // The panel followed the tab and stays on the Versions view.
  await expect(panel.getByRole('heading', { level: 2, name: 'Versions' })).toBeVisible();
  await expect(panel.getByText(/No earlier version of this document is saved/)).toBeVisible();
  const pick = panel.getByLabel('Compare with a saved version');
  await expect(pick.locator('option').nth(1)).toHaveText(/^Negotiated · Globex — Refonte · /);
  await pick.selectOption({ index: 1 });
  await panel.getByRole('button', { name: 'Link and compare' }).click();

  await expect(panel.locator('.version-banner')).toHaveText('1 of the 3 agreed changes is missing.');
  await expect(panel.getByText(`Unbalanced points: ${v1.imbalance.count} in the saved version, ${v2.imbalance.count} in this one.`)).toBeVisible();
  const asked = panel.locator('ul.asked > li');
  await expect(asked.locator('.badge')).toHaveText(['Made', 'Made', 'Not made']);
  await expect(asked.nth(0)).toContainText('payables à 30 jours à compter de leur date d’émission'.replace('’', "'"));
  await expect(asked.nth(2)).toContainText('responsable de manière illimitée');
  await expect(panel.getByRole('heading', { name: '1 clause changed although nobody asked' })).toBeVisible();
  const silent = panel.locator('ul.silent > li');
  await expect(silent).toHaveCount(1);
  await expect(silent).toContainText('Modified');
  await expect(silent.locator('blockquote')).toHaveText([/pendant deux ans/, /pendant dix ans/]);
  expect(await violations(panel)).toEqual([]);

  // The popup of the tab says it too, before signing.
  const popup = await openPopup(tabId);
  await expect(popup.locator('.version-banner')).toHaveText('1 of the 3 agreed changes is missing.');
  await popup.getByText('Add to the journal', { exact: true }).first().click();
  expect(await violations(popup)).toEqual([]);

  // Second-opinion report, from the panel: every section, including the version check.
  const [report] = await Promise.all([context.waitForEvent('page'), panel.getByRole('link', { name: 'Second-opinion report' }).click()]);
  await report.waitForLoadState();
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('Review of the contract "Contrat Globex – version à signer"');
  await expect(report.getByRole('heading', { level: 2 })).toHaveText(['Summary', 'Points found', 'Missing protections', 'Changes asked for']);
  await expect(report.locator('main.report')).toContainText(`${v1.findings.find((f) => f.check === 'NC-01')!.title} — made`);
  await expect(report.locator('main.report blockquote').first()).toHaveText(/responsable de manière illimitée/);
  expect(await violations(report)).toEqual([]);
  const [download] = await Promise.all([report.waitForEvent('download'), report.getByRole('button', { name: 'Download as Markdown' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^vigie-report-\d{4}-\d{2}-\d{2}\.md$/);
});

test('journal: entries per client and mission, a cluster warning, and the formal notice chronology', async ({
  page,
  server,
  tabIdOf,
  reviewTab,
  tabReview,
  openExtensionPage,
}) => {
  test.setTimeout(120_000);
  await page.goto(`${server.origin}/fixtures/tracking/v2.html`);
  const tabId = await tabIdOf(page);
  await reviewTab(tabId);
  await tabReview(tabId);
  const panel = await openExtensionPage(`sidepanel.html?tab=${tabId}`);
  await view(panel, 'Journal');
  await panel.getByLabel('Client', { exact: true }).fill('Globex');
  await panel.getByLabel('Mission', { exact: true }).fill('Refonte');
  const entries: [string, string, string][] = [
    ['2026-03-02', 'unanswered-message', 'Relance du 2 mars sur la facture 12 restée sans réponse'],
    ['2026-03-06', 'unilateral-decision', 'Le Client a réduit le périmètre sans accord écrit'],
    ['2026-03-12', 'late-payment', 'Facture 12 toujours impayée à échéance'],
  ];
  for (const [date, type, note] of entries) {
    await panel.getByLabel('Date', { exact: true }).fill(date);
    await panel.getByLabel('Type', { exact: true }).selectOption(type);
    await panel.getByLabel('Note', { exact: true }).fill(note);
    await panel.getByRole('button', { name: 'Add to the journal' }).click();
    await expect(panel.getByText(note)).toBeVisible();
  }
  await expect(panel.locator('.cluster-warning')).toHaveText(
    '3 warning signs within 14 days. Keep the exchanges in writing and ask for written confirmation of every decision.',
  );
  expect(await violations(panel)).toEqual([]);

  await view(panel, 'Drafting desk');
  await panel.getByRole('radio', { name: 'Formal notice / letter before claim' }).check();
  await expect(panel.getByLabel('Fact 1', { exact: true })).toHaveValue(entries[0]![2]);
  await expect(panel.getByLabel('Date of fact 3')).toHaveValue('2026-03-12');
  await panel.getByLabel(/^The breach/).fill('la facture n° 12 du 10 février 2026 reste impayée');
  await panel.getByLabel(/^What you require precisely/).fill('régler la somme de 4 000 € TTC au titre de la facture n° 12');
  await panel.getByLabel('Date of the letter').fill('2026-03-20');
  await panel.getByRole('button', { name: 'Draft it', exact: true }).click();
  const body = panel.getByLabel('Text', { exact: true });
  await expect(body).toHaveValue(/Objet : Mise en demeure/);
  for (const [, , note] of entries) await expect(body).toHaveValue(new RegExp(note.slice(0, 30)));

  // The report includes the journal only when asked.
  const report = await openExtensionPage(`report.html?doc=${encodeURIComponent(`${server.origin}/fixtures/tracking/v2.html`)}`);
  await expect(report.getByRole('heading', { level: 2, name: 'Journal of signals' })).toHaveCount(0);
  await report.getByLabel('Include the journal').check();
  await expect(report.getByRole('heading', { level: 2, name: 'Journal of signals' })).toBeVisible();
  await expect(report.locator('main.report')).toContainText(entries[1]![2]);
});
