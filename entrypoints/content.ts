/**
 * The on-demand content script: never declared in the manifest, injected by the background only into the tab
 * the user asked to review (activeTab), in every frame. It waits for `content:review` and reviews the page, or
 * only the reader's selection, through the host adapter that fits the page (hosts/index.ts).
 */
import { createAdapter } from '../hosts/index';
import type { HostEnv } from '../hosts/types';
import { onMessage, sendToBackground } from '../lib/messages';
import { createPageReviewer, type PageReviewer } from '../lib/page-review';
import { loadLanguage, t } from '../lib/i18n';
import { dismissFinding, docKeyForUrl } from '../lib/review-state';

const INJECTED = Symbol.for('vigie.content');

/** What the in-page card's buttons do. */
const env: HostEnv = {
  t,
  dismiss: async (findingId, reason) => {
    await dismissFinding(docKeyForUrl(location.href), findingId, reason, { title: document.title, url: location.href });
  },
  openPanel: (findingId) => sendToBackground('panel:open', { findingId }),
  fetchExport: (url) => sendToBackground('docs:export', { url }),
  openViewer: (file) => sendToBackground('viewer:open', { file }),
};

interface Session {
  selection: boolean;
  reviewer: PageReviewer;
  stop: AbortController;
}

export default defineContentScript({
  registration: 'runtime',
  allFrames: true,
  main(ctx) {
    // Injected twice (two quick clicks): the first instance answers.
    const marker = window as unknown as Record<symbol, boolean>;
    if (marker[INJECTED]) return;
    marker[INJECTED] = true;
    ctx.onInvalidated(() => delete marker[INJECTED]);

    let session: Session | undefined;
    const start = (selection: boolean): Session => {
      session?.stop.abort();
      const stop = new AbortController();
      ctx.signal.addEventListener('abort', () => stop.abort(), { once: true });
      const adapter = createAdapter(window, env, { selection });
      stop.signal.addEventListener('abort', () => adapter.destroy(), { once: true });
      const reviewer = createPageReviewer(
        adapter,
        { url: () => location.href, title: () => document.title, source: selection ? 'selection' : 'page' },
        (name, payload) => sendToBackground(name, payload),
        stop.signal,
      );
      // A selection is reviewed once; a page is re-reviewed when its text changes.
      if (!selection) adapter.observeChanges(() => void reviewer.run(), stop.signal);
      return { selection, reviewer, stop };
    };

    onMessage(
      'content:review',
      async ({ selection }) => {
        await loadLanguage();
        if (!session || session.selection !== selection || selection) session = start(selection);
        // Answer now: progress and the result reach the background as review:* messages.
        void session.reviewer.run();
      },
      ctx.signal,
    );
    // "Clear": the adapter is destroyed with its session, which restores the page's DOM exactly.
    onMessage(
      'content:clear',
      () => {
        session?.stop.abort();
        session = undefined;
      },
      ctx.signal,
    );
    onMessage(
      'finding:show',
      ({ findingId }) => session?.reviewer.show(findingId) ?? false,
      ctx.signal,
    );
  },
});
