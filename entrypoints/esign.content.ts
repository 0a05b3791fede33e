/**
 * Signing pages (DocuSign, Yousign, Adobe Acrobat Sign, Dropbox Sign) get the "Review this document with Vigie"
 * banner without a click. Signing apps draw their pages late, so this waits for the document to appear, then asks
 * the background to run the usual review of the tab (the e-signature host shows the banner).
 */
import { sendToBackground } from '../lib/messages';
import { E2E_SIGNING_MATCHES, SIGNING_MATCHES, e2eBuild } from '../hosts/automatic';
import { detectSigningSite } from '../hosts/e-signature';

const WAIT_FOR_DOCUMENT = 60_000;

export default defineContentScript({
  matches: e2eBuild() ? [...SIGNING_MATCHES, ...E2E_SIGNING_MATCHES] : SIGNING_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const ask = () => void sendToBackground('review:auto', {});
    if (detectSigningSite(location, document)) return ask();
    const observer = new MutationObserver(() => {
      if (!detectSigningSite(location, document)) return;
      observer.disconnect();
      ask();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer.disconnect());
    ctx.setTimeout(() => observer.disconnect(), WAIT_FOR_DOCUMENT);
  },
});
