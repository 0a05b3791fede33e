/**
 * Google Docs documents are reviewed when they open: this script only asks the background to run the usual
 * review of the tab (the on-demand content script reads the document through its text export).
 */
import { sendToBackground } from '../lib/messages';
import { DOCS_MATCHES, E2E_DOCS_MATCHES, e2eBuild } from '../hosts/automatic';

export default defineContentScript({
  matches: e2eBuild() ? [...DOCS_MATCHES, ...E2E_DOCS_MATCHES] : DOCS_MATCHES,
  runAt: 'document_idle',
  main() {
    void sendToBackground('review:auto', {});
  },
});
