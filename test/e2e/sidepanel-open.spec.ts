/**
 * Opening the side panel from the popup must happen inside the click (browsers refuse sidePanel.open without
 * a user gesture), and the panel page must pass an automated accessibility audit in each of its views.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './harness';

declare const chrome: typeof import('wxt/browser').browser;

test('the popup opens the side panel within the click gesture', async ({ page, server, tabIdOf, reviewTab, tabReview, openPopup }) => {
  await page.goto(`${server.origin}/examples/fr-unbalanced.html`);
  const tabId = await tabIdOf(page);
  await reviewTab(tabId);
  await tabReview(tabId);
  const popup = await openPopup(tabId);
  await popup.evaluate(() => {
    const record = { calls: [] as { options: unknown; active: boolean }[], closed: false };
    (window as unknown as { record: typeof record }).record = record;
    const original = chrome.sidePanel.open.bind(chrome.sidePanel);
    chrome.sidePanel.open = ((options: Parameters<typeof chrome.sidePanel.open>[0]) => {
      record.calls.push({ options, active: navigator.userActivation.isActive });
      return original(options);
    }) as typeof chrome.sidePanel.open;
    // The popup closes itself once the panel is open; keep it to read the record.
    window.close = () => void (record.closed = true);
  });
  await popup.getByRole('button', { name: /Open the side panel|Ouvrir le panneau latéral/ }).click();
  const record = () => popup.evaluate(() => (window as unknown as { record: { calls: { options: { tabId: number }; active: boolean }[]; closed: boolean } }).record);
  await expect.poll(async () => (await record()).closed).toBe(true);
  const { calls } = await record();
  expect(calls).toHaveLength(1);
  expect(calls[0]!.options.tabId).toBe(tabId);
  expect(calls[0]!.active).toBe(true); // still inside the click's user activation
});

test('side panel views have no automatically detectable accessibility violations', async ({ page, server, tabIdOf, reviewTab, tabReview, openExtensionPage }) => {
  await page.goto(`${server.origin}/examples/fr-unbalanced.html`);
  const tabId = await tabIdOf(page);
  await reviewTab(tabId);
  await tabReview(tabId);
  const panel = await openExtensionPage(`sidepanel.html?tab=${tabId}`);
  await expect(panel.getByRole('checkbox').first()).toBeVisible();
  const audit = async () => (await new AxeBuilder({ page: panel }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.length}`);
  expect(await audit()).toEqual([]);
  await panel.getByRole('button', { name: 'Clause map' }).click();
  expect(await audit()).toEqual([]);
  await panel.getByRole('button', { name: /^Drafting desk/ }).click();
  await panel.getByRole('radio', { name: 'Formal notice / letter before claim' }).check();
  await panel.getByRole('button', { name: 'Draft it' }).click();
  await expect(panel.getByLabel(/^The breach/)).toBeFocused();
  expect(await audit()).toEqual([]);
});
