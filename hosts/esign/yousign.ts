import type { SigningSite } from './types';

/** Yousign signer page. Fixture: test/fixtures/hosts/yousign/. */
export const yousign: SigningSite = {
  id: 'yousign',
  name: 'Yousign',
  hosts: /(^|\.)yousign\.(app|com|fr)$/,
  matches: ['https://*.yousign.app/*', 'https://*.yousign.com/*'],
  documentSelector: '[data-testid="document-viewer"] img, .document-page img',
  downloadSelector: 'a[data-testid="download-document"][href], a[download][href$=".pdf"]',
};
