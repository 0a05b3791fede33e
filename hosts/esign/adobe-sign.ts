import type { SigningSite } from './types';

/** Adobe Acrobat Sign (echosign) signing page. Fixture: test/fixtures/hosts/adobe-sign/. */
export const adobeSign: SigningSite = {
  id: 'adobe-sign',
  name: 'Adobe Acrobat Sign',
  hosts: /(^|\.)(adobesign\.com|echosign\.com|documents\.adobe\.com)$/,
  matches: ['https://*.adobesign.com/public/*', 'https://*.echosign.com/public/*'],
  documentSelector: '.document-page img, .page-image-container img',
  downloadSelector: 'a.download-pdf[href], a[data-testid="download-pdf"][href]',
};
