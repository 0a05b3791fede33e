import type { SigningSite } from './types';

/** Dropbox Sign (HelloSign) signer page. Fixture: test/fixtures/hosts/dropbox-sign/. */
export const dropboxSign: SigningSite = {
  id: 'dropbox-sign',
  name: 'Dropbox Sign',
  hosts: /(^|\.)(hellosign\.com|sign\.dropbox\.com)$/,
  matches: ['https://app.hellosign.com/sign/*', 'https://sign.dropbox.com/*'],
  documentSelector: '.m-sign-document img, [data-qa-ref="document-page"] img',
  downloadSelector: 'a[data-qa-ref="download-button"][href], a.m-download-link[href]',
};
