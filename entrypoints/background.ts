/**
 * Browser wiring of the background: messages, badge, context menu, keyboard shortcut, tab events. The
 * bookkeeping lives in lib/tab-controller.ts.
 */
import { browser, type Browser } from 'wxt/browser';
import { onMessage, sendToTab } from '../lib/messages';
import { createTabController } from '../lib/tab-controller';
import { loadLanguage, t } from '../lib/i18n';
import { settingsItem } from '../lib/storage';
import { getTabReview } from '../lib/review-state';
import { viewerPath } from '../lib/reviewable';
import { openSidePanel } from '../lib/side-panel';
import { fetchDocsExport } from '../hosts/google-docs-export';
import { stopWarming, warmEngine } from '../lib/engine-warm';
import { packReview } from '../lib/review-pack';
import { openPdfLinkMenu, viewerPathForLink } from '../hosts/pdf-open';

const MENU_PAGE = 'vigie-review-page';
const MENU_SELECTION = 'vigie-review-selection';

export default defineBackground(() => {
  /** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2 build (same methods). */
  const toolbar = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const life = new AbortController(); // the service worker's lifetime: listeners live as long as it does

  const controller = createTabController({
    inject: async (tabId) => {
      await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/content-scripts/content.js'] });
    },
    askContent: (tabId, selection) => sendToTab(tabId, 'content:review', { selection }),
    setBadge: async (tabId, badge) => {
      await toolbar.setBadgeText({ tabId, text: badge.text });
      if (badge.text) await toolbar.setBadgeBackgroundColor({ tabId, color: badge.color });
    },
    fileAccess: () => browser.extension.isAllowedFileSchemeAccess(),
  });

  const senderOf = (sender: Browser.runtime.MessageSender) => {
    if (sender.tab?.id === undefined) throw new Error('not from a tab');
    return { tabId: sender.tab.id, frameId: sender.frameId ?? 0 };
  };

  onMessage('review:request', async ({ tabId }) => controller.request(tabId, (await browser.tabs.get(tabId)).url), life.signal);
  onMessage(
    'review:run',
    async (payload, sender) => {
      stopWarming();
      return packReview(await controller.run(senderOf(sender), payload));
    },
    life.signal,
  );
  onMessage('review:updated', (payload, sender) => controller.updated(senderOf(sender), payload), life.signal);
  // Answered at once; the warm-up runs in small steps while the user reads the popup.
  onMessage('engine:warm', () => void warmEngine(), life.signal);
  onMessage('review:progress', ({ progress }, sender) => controller.progress(senderOf(sender), progress), life.signal);
  onMessage('review:failed', ({ error }, sender) => controller.failed(senderOf(sender), error), life.signal);
  onMessage(
    'finding:show',
    async ({ tabId, findingId }) => sendToTab(tabId, 'finding:show', { tabId, findingId }, (await getTabReview(tabId))?.frameId ?? 0),
    life.signal,
  );
  onMessage(
    'panel:open',
    async (_payload, sender) => {
      const { tabId } = senderOf(sender);
      return openSidePanel(tabId, sender.tab?.windowId).then(() => true, () => false);
    },
    life.signal,
  );
  onMessage('review:auto', (_payload, sender) => controller.request(senderOf(sender).tabId, sender.tab?.url), life.signal);
  onMessage(
    'review:clear',
    async ({ tabId }) => {
      await sendToTab(tabId, 'content:clear', {}).catch(() => undefined); // no script left in the tab: nothing to undo
      await controller.forget(tabId);
    },
    life.signal,
  );
  // Google Docs text export with the user's cookies (only Docs export URLs: see hosts/google-docs isExportUrl).
  onMessage('docs:export', ({ url }) => fetchDocsExport(url), life.signal);
  onMessage(
    'viewer:open',
    async ({ file }) => {
      // viewer.html comes from the PDF viewer entrypoint; getURL's path type only knows built files.
      await browser.tabs.create({ url: (browser.runtime.getURL as (path: string) => string)(viewerPath(file)) });
    },
    life.signal,
  );

  const createMenus = async () => {
    await loadLanguage();
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: MENU_PAGE, title: t('bg_menu_review_page'), contexts: ['page'] });
    browser.contextMenus.create({ id: MENU_SELECTION, title: t('bg_menu_review_selection'), contexts: ['selection'] });
    browser.contextMenus.create(openPdfLinkMenu(t('bg_menu_open_pdf')));
  };
  browser.runtime.onInstalled.addListener(() => void createMenus());
  // Firefox's event page may not keep menus across browser restarts; recreating them is harmless in Chrome.
  browser.runtime.onStartup.addListener(() => void createMenus());
  // Menu titles follow the language chosen in the options.
  const unwatch = settingsItem.watch((next, previous) => {
    if (next.language !== previous?.language) void createMenus();
  });
  life.signal.addEventListener('abort', unwatch);

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    const tabId = tab.id;
    const pdfPath = viewerPathForLink(info.menuItemId, info.linkUrl);
    if (pdfPath) {
      void browser.tabs.create({ url: browser.runtime.getURL(pdfPath as '/viewer.html'), index: tab.index + 1 });
      return;
    }
    if (info.menuItemId === MENU_SELECTION) {
      // Still inside the click (user gesture): open the panel where the selection's review shows.
      void openSidePanel(tabId, tab.windowId).catch(() => toolbar.openPopup().catch(() => undefined));
      void controller.request(tabId, tab.url, true).then(async (result) => {
        // No script can run there (e.g. the browser's PDF viewer): review the text the menu gave us.
        if (!result.ok && info.selectionText) await controller.reviewText(tabId, info.selectionText, tab.url ?? '', tab.title ?? '');
      });
    } else if (info.menuItemId === MENU_PAGE) {
      void controller.request(tabId, tab.url);
    }
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'review-page' && tab?.id !== undefined) void controller.request(tab.id, tab.url);
  });

  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.url) void controller.navigated(tabId, changeInfo.url);
    // A reload keeps the document (and its review) but may reset the tab's badge.
    else if (changeInfo.status === 'complete') void controller.refreshBadge(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void controller.closed(tabId));
});
