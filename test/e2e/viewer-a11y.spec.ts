/** The viewer's start page, messages and document view pass axe (WCAG 2.1 A/AA rules). */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './harness';
import { writeFixtures } from '../fixtures/pdf/make';

test.beforeAll(async () => {
  await writeFixtures({ large: false });
});

const check = async (page: import('@playwright/test').Page) => {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
};

test('viewer accessibility', async ({ page, extensionId, server }) => {
  await page.goto(`chrome-extension://${extensionId}/viewer.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await check(page);
  await page.goto(`chrome-extension://${extensionId}/viewer.html?file=${encodeURIComponent(`${server.origin}/fixtures/pdf/out/not-a-pdf.pdf`)}`);
  await expect(page.getByTestId('viewer-error')).toBeVisible();
  await check(page);
  await page.goto(`chrome-extension://${extensionId}/viewer.html?file=${encodeURIComponent(`${server.origin}/fixtures/pdf/out/encrypted.pdf`)}`);
  await expect(page.locator('input[type=password]')).toBeVisible();
  await check(page);
  await page.goto(`chrome-extension://${extensionId}/viewer.html?file=${encodeURIComponent(`${server.origin}/fixtures/pdf/out/page-break.pdf`)}`);
  await expect(page.locator('.document')).toHaveAttribute('data-state', 'complete', { timeout: 30_000 });
  await expect(page.locator('.textLayer mark').first()).toBeAttached();
  await check(page);
});
