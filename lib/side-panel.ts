/**
 * Opens Vigie's side panel: Chrome's sidePanel, Firefox's sidebarAction. Both demand a user gesture, so call
 * this synchronously from the click (or menu / command) handler, before any await.
 */
import { browser } from 'wxt/browser';

interface PanelApis {
  sidePanel?: { open(options: { tabId: number; windowId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

export function openSidePanel(tabId: number, windowId?: number): Promise<void> {
  const api = browser as unknown as PanelApis;
  if (api.sidePanel) return api.sidePanel.open(windowId === undefined ? { tabId } : { tabId, windowId });
  if (api.sidebarAction) return api.sidebarAction.open();
  return Promise.reject(new Error('This browser has no side panel'));
}
