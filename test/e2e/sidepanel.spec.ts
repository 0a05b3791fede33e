/**
 * The side panel page on a reviewed tab: the count, decisions, following tab switches, and the drafting desk
 * end to end (each document, .docx read back, .eml, .txt, print page, drafts restored on reopening).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { docxText } from '../drafting/zip';
import { expect, test } from './harness';

declare const chrome: typeof import('wxt/browser').browser;

const PROFILE = {
  name: 'Camille Martin',
  company: 'CM Conseil',
  legalForm: 'SASU',
  siren: '123456789',
  address: '1 rue de la Paix, 75002 Paris',
  email: 'camille@example.test',
  phone: '',
};

test.beforeEach(async ({ serviceWorker }) => {
  // English UI whatever the machine's locale; the letters follow the contract's language (French here).
  await serviceWorker.evaluate((profile) =>
    chrome.storage.local.set({ settings: { role: 'provider', language: 'en', thresholds: {}, disabledCategories: [] }, profile }),
  PROFILE);
});

async function download(panel: Page, name: string): Promise<{ file: string; buffer: Buffer }> {
  const [event] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name }).click()]);
  const path = await event.path();
  return { file: event.suggestedFilename(), buffer: readFileSync(path) };
}

test('review of the tab: count, show in page, dismiss and restore', async ({ page, server, tabIdOf, reviewTab, tabReview, openExtensionPage }) => {
  await page.goto(`${server.origin}/examples/fr-unbalanced.html`);
  const tabId = await tabIdOf(page);
  const panel = await openExtensionPage(`sidepanel.html?tab=${tabId}`);
  await expect(panel.getByText('This tab has not been reviewed yet')).toBeVisible();

  await reviewTab(tabId);
  const { review } = await tabReview(tabId);
  const count = review!.imbalance.count;
  expect(count).toBeGreaterThan(2);
  // The panel follows the session entry live: no reload needed.
  await expect(panel.getByText(`${count} unbalanced points`)).toBeVisible();

  await panel.getByRole('button', { name: 'Show in the page' }).first().click();
  await expect(panel.locator('#panel-status')).toHaveText('Point shown in the page.');

  const first = panel.locator('li.finding').first();
  const title = (await first.locator('h4').textContent())!;
  await first.getByRole('button', { name: 'Dismiss…' }).click();
  await first.getByLabel('Reason (optional)').fill('Accepted in the meeting');
  await first.getByRole('button', { name: 'Dismiss this point' }).click();
  await expect(panel.getByText(`${count - 1} unbalanced point`)).toBeVisible();
  await expect(panel.locator('#findings-heading')).toBeFocused();

  await panel.getByLabel('Show', { exact: true }).selectOption('dismissed');
  const dismissed = panel.locator('li.finding', { has: panel.getByRole('heading', { name: title }) });
  await expect(dismissed.getByText('Accepted in the meeting')).toBeVisible();
  await dismissed.getByRole('button', { name: 'Restore' }).click();
  await expect(panel.getByText(`${count} unbalanced points`)).toBeVisible();

  await panel.getByRole('button', { name: 'Clause map' }).click();
  await expect(panel.getByRole('heading', { name: 'Clause map', level: 2 })).toBeFocused();
  await expect(panel.locator('.clause-map li').first()).toBeVisible();
});

test('follows the active tab', async ({ page, server, tabIdOf, reviewTab, tabReview, openExtensionPage }) => {
  await page.goto(`${server.origin}/examples/fr-unbalanced.html`);
  const tabId = await tabIdOf(page);
  await reviewTab(tabId);
  const { review } = await tabReview(tabId);
  const panel = await openExtensionPage('sidepanel.html');
  // The panel page is itself the active tab here: nothing reviewed there.
  await expect(panel.getByText('This tab has not been reviewed yet')).toBeVisible();
  await page.bringToFront();
  await expect(panel.getByText(`${review!.imbalance.count} unbalanced points`)).toBeVisible();
});

test('drafting desk: each document, exports, print page, drafts restored', async ({ context, page, server, tabIdOf, reviewTab, tabReview, openExtensionPage }) => {
  test.setTimeout(120_000);
  await page.goto(`${server.origin}/examples/fr-unbalanced.html`);
  const tabId = await tabIdOf(page);
  await reviewTab(tabId);
  await tabReview(tabId);
  const panel = await openExtensionPage(`sidepanel.html?tab=${tabId}`);
  const picks = panel.getByRole('checkbox', { name: 'Include in a letter' });
  await picks.nth(0).check();
  await picks.nth(1).check();
  await panel.getByRole('button', { name: 'Drafting desk (2)' }).click();
  await expect(panel.getByText('2 points ticked for the letter.')).toBeVisible();

  // 1. Negotiation email (French: the contract is French).
  await panel.getByLabel('Title of the agreement or assignment (optional)').fill('Mission ServiceNow');
  await panel.getByRole('button', { name: 'Draft it' }).click();
  await expect(panel.getByRole('heading', { name: 'Editable draft' })).toBeFocused();
  const body = panel.getByLabel('Text', { exact: true });
  await expect(body).toHaveValue(/^Bonjour,\n\nJe vous remercie pour l’envoi du contrat « Mission ServiceNow »/);
  await expect(body).toHaveValue(/court appel de 20 minutes/);
  await expect(body).toHaveValue(/1\. .+\n {3}Clause actuelle : « /);
  const docx = await download(panel, 'Download .docx');
  expect(docx.file).toBe('contrat-mission-servicenow-propositions-d-ajustements-avant-signature.docx');
  const words = docxText(docx.buffer);
  expect(words).toContain('Objet : Contrat « Mission ServiceNow » – propositions d’ajustements avant signature');
  expect(words).toContain('Camille Martin');
  const eml = (await download(panel, 'Download .eml')).buffer.toString('utf8');
  expect(eml).toMatch(/^From: Camille Martin <camille@example\.test>\r\n/);
  expect(eml).toContain('Subject: =?UTF-8?B?');
  expect(eml).toContain('Content-Transfer-Encoding: quoted-printable');
  const txt = (await download(panel, 'Download .txt')).buffer.toString('utf8');
  expect(txt).toMatch(/^Objet : Contrat « Mission ServiceNow »/);
  await expect(panel.getByRole('link', { name: 'Open in the mail client' })).toHaveAttribute('href', /^mailto:\?subject=Contrat%20%C2%AB%20Mission/);

  // 2. "Written before signature" reply.
  await panel.getByRole('radio', { name: '"In writing before signature" reply' }).check();
  await panel.getByRole('button', { name: 'Draft it' }).click();
  await expect(body).toHaveValue(/avant sa signature/);
  await expect(body).toHaveValue(/version corrigée du contrat/);

  // 3. Formal notice: refused while the essentials are empty, then drafted, then blocked by placeholders.
  await panel.getByRole('radio', { name: 'Formal notice / letter before claim' }).check();
  await panel.getByRole('button', { name: 'Draft it' }).click();
  const breach = panel.getByLabel(/^The breach/);
  await expect(breach).toBeFocused();
  await expect(breach).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByLabel('Text', { exact: true })).toHaveCount(0);
  await breach.fill('la facture n° 2026-041 du 30 septembre 2026, échue le 30 octobre 2026, reste impayée');
  await panel.getByLabel(/^What you require precisely/).fill('régler la somme de 12 000 € TTC au titre de la facture n° 2026-041');
  await panel.getByLabel('Date of the letter').fill('2026-12-28');
  await expect(panel.getByText('Deadline: 5 janvier 2027.')).toBeVisible();
  await panel.getByRole('checkbox', { name: /Suspension of my services/ }).check();
  await panel.getByRole('button', { name: 'Draft it', exact: true }).click();
  await expect(body).toHaveValue(/Objet : Mise en demeure/);
  await expect(body).toHaveValue(/au plus tard le 5 janvier 2027, soit dans un délai de 8 jours/);
  await expect(body).toHaveValue(/à compter du 6 janvier 2027, en application de l’article 1219 du Code civil/);
  await expect(panel.getByRole('button', { name: 'Download .docx' })).toBeDisabled();
  await expect(panel.getByText(/places must be completed before export/)).toBeVisible();

  await panel.getByLabel('Recipient company').fill('ACME SAS');
  await panel.getByLabel(/^Address \(registered office/).fill('10 avenue de l’Europe, 69000 Lyon');
  await panel.getByLabel('Place', { exact: true }).fill('Paris');
  await panel.getByLabel('Title of the agreement', { exact: true }).fill('Prestation ServiceNow');
  await panel.getByLabel('Date of the agreement').fill('2026-05-02');
  await panel.getByLabel(/^Clauses relied on/).fill('l’article 6 (Paiement)');
  await panel.getByRole('button', { name: 'Add a fact' }).click();
  await panel.getByLabel('Date of fact 1').fill('2026-10-30');
  await panel.getByLabel('Fact 1', { exact: true }).fill('échéance de la facture n° 2026-041, restée impayée');
  await panel.getByRole('button', { name: 'Draft again (replaces the text below)' }).click();
  await expect(body).toHaveValue(/– le 30 octobre 2026 : échéance de la facture/);
  await expect(panel.getByRole('button', { name: 'Download .docx' })).toBeEnabled();
  const notice = docxText((await download(panel, 'Download .docx')).buffer);
  for (const s of ['Lettre recommandée avec accusé de réception', 'Paris, le 28 décembre 2026', 'Objet : Mise en demeure', 'Sous toutes réserves et sans préjudice de tous autres droits et actions.']) {
    expect(notice).toContain(s);
  }

  const [print] = await Promise.all([context.waitForEvent('page'), panel.getByRole('button', { name: 'Print page (PDF)' }).click()]);
  await print.waitForLoadState();
  await expect(print.locator('main')).toContainText('Objet : Mise en demeure');
  await expect(print.locator('main')).toContainText('au plus tard le 5 janvier 2027');
  await expect(print.locator('.hint')).toContainText('Save as PDF');
  expect(await print.evaluate(() => document.documentElement.lang)).toBe('fr');
  await print.close();

  // Reopening the document brings back the ticks, the form and the drafts.
  await panel.reload();
  await expect(panel.getByRole('checkbox', { name: 'Include in a letter' }).nth(0)).toBeChecked();
  await panel.getByRole('button', { name: 'Drafting desk (2)' }).click();
  await expect(panel.getByLabel('Text', { exact: true })).toHaveValue(/^Bonjour/);
  await panel.getByRole('radio', { name: 'Formal notice / letter before claim' }).check();
  await expect(panel.getByLabel('Text', { exact: true })).toHaveValue(/Objet : Mise en demeure/);
  await expect(panel.getByLabel(/^The breach/)).toHaveValue(/reste impayée/);
});
