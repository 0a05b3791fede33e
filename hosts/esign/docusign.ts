import type { SigningSite } from './types';

/** DocuSign eSignature signing ceremony (pages shown as images). Fixture: test/fixtures/hosts/docusign/. */
export const docusign: SigningSite = {
  id: 'docusign',
  name: 'DocuSign',
  hosts: /(^|\.)docusign\.(net|com)$/,
  matches: ['https://*.docusign.net/Signing/*', 'https://*.docusign.com/signing/*'],
  documentSelector: '.doc-page img, [data-qa="document-page"], #document-container img.page-image',
  downloadSelector: 'a[data-qa="download-document"][href], a[data-action="download"][href], a.download-document[href]',
};
