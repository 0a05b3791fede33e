/**
 * What the on-demand content script does, kept out of the entrypoint so vitest can drive it: read the page
 * through its host adapter, review the text with the user's settings and the document's dismissals, highlight,
 * report to the background, then re-review when the page text or the user's decisions change.
 */
import type { HostAdapter } from '../hosts/types';
import { HostTextError } from '../hosts/types';
import { review } from '../rules/review';
import type { Review } from '../rules/engine/types';
import type { ProtocolMap } from './messages';
import { dismissedIds, docKeyForUrl, getDocState, watchDocState } from './review-state';
import { settingsItem } from './storage';

export type Send = <N extends 'review:updated' | 'review:progress' | 'review:failed'>(
  name: N,
  payload: ProtocolMap[N]['request'],
) => Promise<unknown>;

export interface PageReviewer {
  /** Reads and reviews the page now (the user asked again, or the page changed). */
  run(): Promise<Review | undefined>;
  /** Scrolls to a finding of the latest review and flashes it; false when it is not in this page. */
  show(findingId: string): boolean;
}

/** Lets the page paint and handle input between the long steps of a review. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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

  async function once(): Promise<Review | undefined> {
    const url = page.url();
    const docKey = docKeyForUrl(url);
    try {
      await send('review:progress', { progress: 0.1 });
      const snapshot = await adapter.readText();
      await send('review:progress', { progress: 0.3 });
      await breathe();
      const [settings, state] = await Promise.all([settingsItem.getValue(), getDocState(docKey)]);
      const result = review(snapshot.text, {
        role: settings.role,
        thresholds: settings.thresholds,
        disabledCategories: settings.disabledCategories,
        dismissed: dismissedIds(state),
      });
      if (signal.aborted) return undefined;
      await send('review:progress', { progress: 0.8 });
      await breathe();
      adapter.highlight(result.notAContract ? [] : result.findings);
      current = result;
      await send('review:updated', { docKey, url, title: page.title(), review: result, source: page.source, text: snapshot.text });
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
