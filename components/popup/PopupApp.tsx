/**
 * The popup's wiring: which tab (the active one, or `?tab=<id>` when tests open the popup as a page), whether it
 * can be reviewed, its review (live from session storage), and the buttons' actions.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { I18nContext, useSettingsTranslator } from '../../lib/i18n';
import { sendToBackground } from '../../lib/messages';
import { isPdfUrl, reviewability, viewerPath, type Reviewability } from '../../lib/reviewable';
import { watchTabReview } from '../../lib/review-state';
import { openSidePanel } from '../../lib/side-panel';
import type { TabReview } from '../../lib/storage';
import { Popup } from './Popup';

export interface TabInfo {
  id: number;
  windowId?: number;
  url?: string;
}

export async function resolveTab(search: string): Promise<TabInfo | undefined> {
  const param = new URLSearchParams(search).get('tab');
  if (param && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param));
    return { id: Number(param), windowId: tab.windowId, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, windowId: tab.windowId, url: tab.url };
}

/** PDFs whose URL does not end in .pdf: ask the page its content type (activeTab allows it after the click). */
async function showsPdf(tab: TabInfo): Promise<boolean> {
  if (isPdfUrl(tab.url)) return true;
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => document.contentType,
    });
    return result?.result === 'application/pdf';
  } catch {
    return false;
  }
}

export function PopupApp({ search }: { search: string }) {
  const t = useSettingsTranslator();
  const [tab, setTab] = useState<TabInfo>();
  const [reviewable, setReviewable] = useState<Reviewability>({ ok: true });
  const [entry, setEntry] = useState<TabReview>();
  const [isPdf, setIsPdf] = useState(false);
  const [requestError, setRequestError] = useState<string>();

  useEffect(() => {
    const stop = new AbortController();
    void (async () => {
      const found = await resolveTab(search);
      if (!found || stop.signal.aborted) return;
      setTab(found);
      // Opening the popup grants activeTab, which reveals the URL of any page an extension may read: no URL
      // means a browser page.
      const allowed: Reviewability = found.url
        ? reviewability(found.url, await browser.extension.isAllowedFileSchemeAccess())
        : { ok: false, reason: 'bg_error_restricted' };
      setReviewable(allowed);
      // A review is likely: let the background compile its engine while the user reads.
      if (allowed.ok) void sendToBackground('engine:warm', {}).catch(() => undefined);
      watchTabReview(found.id, setEntry, stop.signal);
      if (allowed.ok) setIsPdf(await showsPdf(found));
    })();
    return () => stop.abort();
  }, [search]);

  useEffect(() => {
    if (t) document.title = t('popup_title');
  }, [t]);

  if (!t) return null; // the language setting is one storage read away

  const onReview = () => {
    if (!tab) return;
    setRequestError(undefined);
    sendToBackground('review:request', { tabId: tab.id }).then(
      (result) => setRequestError(result.ok ? undefined : result.reason),
      () => setRequestError('bg_error_review_failed'),
    );
  };
  const onOpenPanel = () => {
    if (!tab) return;
    // Synchronous inside the click: the browser only opens the panel in answer to a user gesture.
    openSidePanel(tab.id, tab.windowId).then(() => window.close(), () => setRequestError('popup_panel_unavailable'));
  };
  const onClear = () => {
    if (tab) void sendToBackground('review:clear', { tabId: tab.id });
  };
  const onOpenViewer = () => {
    if (!tab?.url) return;
    void browser.tabs.create({ url: (browser.runtime.getURL as (path: string) => string)(viewerPath(tab.url)) }).then(() => window.close());
  };

  return (
    <I18nContext.Provider value={t}>
      <Popup
        reviewable={reviewable}
        entry={entry}
        isPdf={isPdf}
        requestError={requestError}
        onReview={onReview}
        onOpenPanel={onOpenPanel}
        onOpenViewer={onOpenViewer}
        onClear={onClear}
      />
    </I18nContext.Provider>
  );
}
