/**
 * "Open in Vigie" on PDF links (context menu): the menu item, shown only on links whose path ends in .pdf,
 * and the viewer page a click opens. The background wires it (entrypoints/background.ts):
 *
 *   browser.contextMenus.create(openPdfLinkMenu(t('bg_menu_open_pdf')));            // in createMenus()
 *   const path = viewerPathForLink(info.menuItemId, info.linkUrl);                    // in onClicked
 *   if (path) void browser.tabs.create({ url: browser.runtime.getURL(path), index: tab.index + 1 });
 *
 * The popup's button for a tab showing a PDF (by URL or content type) uses lib/reviewable's viewerPath too.
 */
import { isPdfUrl, viewerPath } from '../lib/reviewable';

export const OPEN_PDF_LINK_MENU = 'vigie-open-pdf-link';

/** Match patterns for link targets (browsers test the menu's targetUrlPatterns against path and query). */
export const PDF_LINK_PATTERNS = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/*.PDF?*', 'file:///*.pdf', 'file:///*.PDF'];

export function openPdfLinkMenu(title: string) {
  return { id: OPEN_PDF_LINK_MENU, title, contexts: ['link'] as ['link'], targetUrlPatterns: PDF_LINK_PATTERNS };
}

/** The viewer page for a click on the menu, or null when the click is not ours or the link is not a PDF. */
export function viewerPathForLink(menuItemId: string | number, linkUrl: string | undefined): string | null {
  if (menuItemId !== OPEN_PDF_LINK_MENU || !linkUrl || !isPdfUrl(linkUrl)) return null;
  return viewerPath(linkUrl);
}
