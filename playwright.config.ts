import { defineConfig } from '@playwright/test';

// One browser at a time: the machine is small and every test launches its own Chromium with the extension.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results/playwright',
  reporter: process.env.CI ? 'line' : 'list',
});
