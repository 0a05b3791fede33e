/** "Open in Vigie" on PDF links (hosts/pdf-open.ts). */
import { describe, expect, it } from 'vitest';
import { OPEN_PDF_LINK_MENU, openPdfLinkMenu, viewerPathForLink } from '../../hosts/pdf-open';

describe('Open in Vigie on PDF links', () => {
  it('is a link menu limited to PDF targets', () => {
    const menu = openPdfLinkMenu('Ouvrir dans Vigie');
    expect(menu.contexts).toEqual(['link']);
    expect(menu.targetUrlPatterns).toContain('*://*/*.pdf?*');
  });

  it('opens the viewer on the link, encoded', () => {
    expect(viewerPathForLink(OPEN_PDF_LINK_MENU, 'https://sign.example.com/docs/contrat final.pdf?t=a&b=1')).toBe(
      `/viewer.html?file=${encodeURIComponent('https://sign.example.com/docs/contrat final.pdf?t=a&b=1')}`,
    );
    expect(viewerPathForLink(OPEN_PDF_LINK_MENU, 'file:///home/me/contrat.PDF')).toMatch(/^\/viewer\.html\?file=file%3A/);
  });

  it('ignores other menu items and links that are not PDFs', () => {
    expect(viewerPathForLink('vigie-review-page', 'https://x.example/a.pdf')).toBeNull();
    expect(viewerPathForLink(OPEN_PDF_LINK_MENU, 'https://x.example/page.html')).toBeNull();
    expect(viewerPathForLink(OPEN_PDF_LINK_MENU, 'javascript:alert(1)//.pdf')).toBeNull();
    expect(viewerPathForLink(OPEN_PDF_LINK_MENU, undefined)).toBeNull();
  });
});
