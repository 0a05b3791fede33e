/**
 * Which tab the side panel follows: the active tab of its own window, updated on tab switches; or a fixed
 * tab given as `?tab=<id>` (tests open the panel as a page).
 */
import { browser } from 'wxt/browser';

export function pinnedTab(search: string): number | null {
  const id = Number(new URLSearchParams(search).get('tab'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

export function watchActiveTab(callback: (tabId: number | null) => void, signal: AbortSignal): void {
  let windowId: number | undefined;
  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (!signal.aborted && (windowId === undefined || info.windowId === windowId)) callback(info.tabId);
  };
  browser.tabs.onActivated.addListener(onActivated);
  signal.addEventListener('abort', () => browser.tabs.onActivated.removeListener(onActivated), { once: true });
  void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
    windowId = tab?.windowId;
    if (!signal.aborted) callback(tab?.id ?? null);
  });
}
