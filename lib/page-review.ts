/**
 * What the on-demand content script does, kept out of the entrypoint so vitest can drive it: read the page
 * through its host adapter, have the background review the text (`review:run`: the engine stays warm there,
 * and the content script stays small), highlight, then re-review when the page text or the user's decisions
 * change.
 */
import type { HostAdapter } from '../hosts/types';
import { HostTextError } from '../hosts/types';
import type { Review } from '../rules/engine/types';
import type { ProtocolMap } from './messages';
import { unpackReview } from './review-pack';
import { docKeyForUrl, watchDocState } from './review-state';

export type Send = <N extends 'review:run' | 'review:progress' | 'review:failed'>(
  name: N,
  payload: ProtocolMap[N]['request'],
) => Promise<ProtocolMap[N]['response']>;

export interface PageReviewer {
  /** Reads and reviews the page now (the user asked again, or the page changed). */
  run(): Promise<Review | undefined>;
  /** Scrolls to a finding of the latest review and flashes it; false when it is not in this page. */
  show(findingId: string): boolean;
}


export function createPageReviewer(
  adapter: HostAdapter,
  page: { url: () => string; title: () => string; source: 'page' | 'selection' },
  send: Send,
  signal: AbortSignal,
): PageReviewer {
  let current: Review | undefined;
  let running: Promise<Review | undefined> | undefined;
  let rerun = false;
  let watchedDoc = '';
  // Progress is news for the popup, not a step to wait for.
  const progress = (value: number) => void send('review:progress', { progress: value }).catch(() => undefined);

  async function once(): Promise<Review | undefined> {
    const url = page.url();
    const docKey = docKeyForUrl(url);
    try {
      progress(0.1);
      const snapshot = await adapter.readText();
      progress(0.3);
      const result = unpackReview(await send('review:run', { docKey, url, title: page.title(), source: page.source, text: snapshot.text }));
      if (signal.aborted) return undefined;
      adapter.highlight(result.notAContract ? [] : result.findings);
      current = result;
      if (watchedDoc !== docKey) {
        watchedDoc = docKey;
        watchDocState(docKey, () => void reviewer.run(), signal);
      }
      return result;
    } catch (error) {
      const message = error instanceof HostTextError ? error.messageKey : 'bg_error_review_failed';
      await send('review:failed', { error: message });
      return undefined;
    }
  }

  const reviewer: PageReviewer = {
    async run() {
      // A change during a run asks for one more run, not a pile of them.
      if (running) {
        rerun = true;
        return running;
      }
      running = (async () => {
        let result: Review | undefined;
        do {
          rerun = false;
          result = await once();
        } while (rerun && !signal.aborted);
        return result;
      })();
      try {
        return await running;
      } finally {
        running = undefined;
      }
    },
    show(findingId) {
      const finding = current?.findings.find((f) => f.id === findingId);
      return finding ? adapter.scrollTo(finding) : false;
    },
  };
  return reviewer;
}
