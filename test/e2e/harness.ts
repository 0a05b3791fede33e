/**
 * Shared end-to-end fixtures: Chromium with the built extension (`VIGIE_E2E=1 npx wxt build`, done once by
 * `npm test`), a static localhost server over test/fixtures and examples, and helpers to drive a review.
 *
 *   import { test, expect } from './harness';
 *   test('…', async ({ page, server, openPopup, reviewTab, tabIdOf }) => { … });
 */
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { CHROMIUM_ARGS, extensionArgs } from '../../scripts/chromium.mjs';
import { fromStored } from '../../lib/review-pack';
import type { StoredTabReview, TabReview } from '../../lib/storage';

export { expect };

/** The extension API inside the service worker and extension pages, where `evaluate` callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;

const ROOT = resolve(import.meta.dirname, '../..');
/** Where the e2e build is; `VIGIE_EXTENSION_DIR` overrides it (e.g. to test a store build). */
export const EXTENSION_DIR = process.env.VIGIE_EXTENSION_DIR ?? join(ROOT, '.output/e2e/chrome-mv3');

/** The browser Playwright drives: CHROMIUM_PATH, Debian's /usr/bin/chromium, else Playwright's own. */
export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 — `${origin}/fixtures/contract.html`, `${origin}/examples/fr-unbalanced.txt` */
  origin: string;
  /** Answer `path` (exact, query ignored) with `route` instead of a file: stubs for hosts' endpoints. */
  route(path: string, route: Route): void;
}

/** Serves /fixtures/* from test/fixtures and /examples/* from examples (read-only, no directory listing). */
export async function startServer(): Promise<StaticServer & { close(): Promise<void> }> {
  const routes = new Map<string, Route>();
  const mounts: Record<string, string> = { fixtures: join(ROOT, 'test/fixtures'), examples: join(ROOT, 'examples') };
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const stub = routes.get(path);
    if (stub) return stub(req, res);
    const [, mount, ...rest] = path.split('/');
    const dir = mount ? mounts[mount] : undefined;
    const file = dir ? normalize(join(dir, ...rest)) : '';
    if (!dir || !file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    route: (path, route) => void routes.set(path, route),
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections(); // the browser keeps connections alive
      }),
  };
}

/** Launches Chromium with the extension in a fresh profile. Callers close() it. */
export async function launchWithExtension(extensionDir = EXTENSION_DIR, headless = true): Promise<BrowserContext> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build in ${extensionDir}: run \`VIGIE_E2E=1 npx wxt build\` first (npm test does).`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'vigie-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless,
    // Playwright passes --disable-extensions by default, which would win over --load-extension.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...CHROMIUM_ARGS, ...extensionArgs(extensionDir)],
  });
  context.on('close', () => {
    try {
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch {
      // Chromium may still be writing its profile: a leftover temp dir is harmless.
    }
  });
  return context;
}

export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  server: StaticServer;
  /** The tab id Chrome gives `page` (pages opened by Playwright are ordinary tabs). */
  tabIdOf(page: Page): Promise<number>;
  /** Opens the popup as a page for tab `tabId` (`popup.html?tab=<id>`), in a new page unless one is given. */
  openPopup(tabId: number, page?: Page): Promise<Page>;
  /** Opens an extension page by path, e.g. 'options.html'. */
  openExtensionPage(path: string): Promise<Page>;
  /** Asks the background to review tab `tabId`, as the popup's button does; resolves when it was accepted. */
  reviewTab(tabId: number): Promise<{ ok: boolean; reason?: string }>;
  /** The tab's entry in session storage (lib/storage.ts tabReviews), once its status is not 'reviewing'. */
  tabReview(tabId: number): Promise<TabReview>;
  /** chrome.action.getBadgeText / getBadgeBackgroundColor for the tab, read in the service worker. */
  badge(tabId: number): Promise<{ text: string; color: number[] }>;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await startServer();
    await use(server);
    await server.close();
  },
  tabIdOf: async ({ serviceWorker }, use) => {
    await use(async (page) => {
      const url = page.url();
      const id = await serviceWorker.evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((tab) => tab.url === u || tab.pendingUrl === u)?.id;
      }, url);
      if (id === undefined) throw new Error(`No tab for ${url}`);
      return id;
    });
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
  openPopup: async ({ context, extensionId }, use) => {
    await use(async (tabId, page) => {
      const target = page ?? (await context.newPage());
      await target.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      return target;
    });
  },
  reviewTab: async ({ context, extensionId }, use) => {
    await use(async (tabId) => {
      // Messages to the background must come from an extension page; the popup page is the natural one.
      const driver = await context.newPage();
      await driver.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      const answer = await driver.evaluate(
        (id) => chrome.runtime.sendMessage({ vigie: 'review:request', payload: { tabId: id } }),
        tabId,
      );
      await driver.close();
      if (!answer?.ok) throw new Error(`review:request failed: ${answer?.error}`);
      return answer.value;
    });
  },
  tabReview: async ({ serviceWorker }, use) => {
    await use(async (tabId) => {
      await expect
        .poll(
          () =>
            serviceWorker.evaluate(async (id) => {
              const { tabReviews } = await chrome.storage.session.get('tabReviews');
              return (tabReviews as Record<string, { status: string }> | undefined)?.[String(id)]?.status;
            }, tabId),
          { timeout: 30_000 },
        )
        .toMatch(/^(reviewed|error)$/);
      const entry = (await serviceWorker.evaluate(async (id) => {
        const { tabReviews } = await chrome.storage.session.get('tabReviews');
        return (tabReviews as Record<string, unknown>)[String(id)];
      }, tabId)) as StoredTabReview;
      return fromStored(entry);
    });
  },
  badge: async ({ serviceWorker }, use) => {
    await use((tabId) =>
      serviceWorker.evaluate(async (id) => ({
        text: await chrome.action.getBadgeText({ tabId: id }),
        color: (await chrome.action.getBadgeBackgroundColor({ tabId: id })) as number[],
      }), tabId),
    );
  },
});
