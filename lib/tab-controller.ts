/**
 * The background's bookkeeping of reviews per tab, without browser wiring (entrypoints/background.ts gives the
 * `deps`), so vitest drives it: start a review, keep the best frame's result, track progress and failures, keep
 * the badge in step, forget a tab's review when it navigates to another document.
 */
import { review as runReview } from '../rules/review';
import type { Review } from '../rules/engine/types';
import { badgeFor, type Badge } from './badge';
import type { ReviewRequestResult } from './messages';
import { injectionFailure, reviewability } from './reviewable';
import { dismissedIds, docKeyForUrl, getDocState, getTabReview, updateTabReview } from './review-state';
import { settingsItem, type TabReview } from './storage';

export interface TabControllerDeps {
  /** Puts the on-demand content script into every frame of the tab (no-op when already there). */
  inject(tabId: number): Promise<void>;
  /** Asks the tab's content scripts to review the page or the selection; rejects when none is there. */
  askContent(tabId: number, selection: boolean): Promise<void>;
  setBadge(tabId: number, badge: Badge): Promise<void>;
  /** browser.extension.isAllowedFileSchemeAccess() */
  fileAccess(): Promise<boolean>;
}

export interface Sender {
  tabId: number;
  frameId: number;
}

export interface ReviewPayload {
  docKey: string;
  url: string;
  title: string;
  review: Review;
  source: TabReview['source'];
  /** The reviewed text (kept for the version check and "copy the quote"). */
  text: string;
}

/** The engine with the user's settings and the document's dismissals. */
async function reviewWithSettings(text: string, docKey: string): Promise<Review> {
  const [settings, state] = await Promise.all([settingsItem.getValue(), getDocState(docKey)]);
  return runReview(text, {
    role: settings.role,
    thresholds: settings.thresholds,
    disabledCategories: settings.disabledCategories,
    dismissed: dismissedIds(state),
  });
}

export function createTabController(deps: TabControllerDeps) {
  const refreshBadge = async (tabId: number) => deps.setBadge(tabId, badgeFor(await getTabReview(tabId)));

  async function change(tabId: number, fn: (current: TabReview | undefined) => TabReview | undefined) {
    // The badge from the entry just written: reading a long review back would cost as much as writing it.
    await deps.setBadge(tabId, badgeFor(await updateTabReview(tabId, fn)));
  }

  return {
    /**
     * Reviews the tab's page (or the reader's selection). `url` is what the caller knows of the tab; when the
     * page cannot be scripted the reason is returned and stored, and the previous review is kept.
     */
    async request(tabId: number, url: string | undefined, selection = false): Promise<ReviewRequestResult> {
      const allowed = reviewability(url, await deps.fileAccess());
      if (!allowed.ok) return allowed;
      // Shown as "reviewing" while the page is read: the script need not wait for that write.
      const marked = change(tabId, (current) => ({
        status: 'reviewing',
        docKey: url ? docKeyForUrl(url) : (current?.docKey ?? ''),
        url: url ?? current?.url ?? '',
        title: current?.title ?? '',
        source: selection ? 'selection' : 'page',
        review: current?.review,
        progress: 0,
        updatedAt: Date.now(),
      }));
      try {
        await deps.askContent(tabId, selection).catch(async () => {
          await deps.inject(tabId);
          await deps.askContent(tabId, selection);
        });
        await marked;
        return { ok: true };
      } catch (error) {
        await marked.catch(() => undefined);
        const reason = injectionFailure(error instanceof Error ? error.message : String(error));
        await this.failed({ tabId, frameId: 0 }, reason);
        return { ok: false, reason };
      }
    },

    /** Reviews text the background received itself (a selection where no script can run, e.g. a built-in PDF viewer). */
    async reviewText(tabId: number, text: string, url: string, title: string): Promise<void> {
      const docKey = docKeyForUrl(url);
      const review = await reviewWithSettings(text, docKey);
      await this.updated({ tabId, frameId: 0 }, { docKey, url, title, review, source: 'selection', text }, true);
    },

    /**
     * A frame's text to review (`review:run`). The review goes back to the frame for its highlights at once;
     * recording it (storage, badge) runs alongside, so the page does not wait for the popup's copy.
     */
    async run(sender: Sender, page: Omit<ReviewPayload, 'review'>): Promise<Review> {
      const review = await reviewWithSettings(page.text, page.docKey);
      void this.updated(sender, { ...page, review }).catch(() => undefined); // storage gone: the tab closed
      return review;
    },

    /**
     * A frame's review. Frames compete: the one with the most text wins (Word for the web's document frame over
     * its ribbon), and a frame's own re-review always replaces its previous result.
     */
    async updated(sender: Sender, payload: ReviewPayload, force = false): Promise<void> {
      await change(sender.tabId, (current) => {
        const accept =
          force ||
          !current?.review ||
          current.status !== 'reviewed' ||
          current.frameId === sender.frameId ||
          payload.review.length > current.review.length;
        if (!accept) return current;
        return {
          status: 'reviewed',
          docKey: payload.docKey,
          url: payload.url,
          title: payload.title,
          source: payload.source,
          frameId: sender.frameId,
          review: payload.review,
          text: payload.text,
          updatedAt: Date.now(),
        };
      });
    },

    async progress(sender: Sender, progress: number): Promise<void> {
      await updateTabReview(sender.tabId, (current) =>
        current?.status === 'reviewing' ? { ...current, progress: Math.max(current.progress ?? 0, progress) } : current,
      );
    },

    /** A failure from the top frame ends the run; the previous review, if any, stays visible. */
    async failed(sender: Sender, error: string): Promise<void> {
      if (sender.frameId !== 0) return;
      await change(sender.tabId, (current) =>
        current && current.status === 'reviewing'
          ? { ...current, status: 'error', error, progress: undefined, updatedAt: Date.now() }
          : current,
      );
    },

    /** The tab's URL changed: forget its review unless it still shows the same document (hash or query change). */
    async navigated(tabId: number, url: string): Promise<void> {
      const current = await getTabReview(tabId);
      if (current && current.source !== 'selection' && current.docKey === docKeyForUrl(url)) {
        await refreshBadge(tabId); // some browsers reset per-tab badges on navigation
        return;
      }
      await change(tabId, () => undefined);
    },

    /** "Clear": the page is restored, so its review and badge go too. */
    async forget(tabId: number): Promise<void> {
      await change(tabId, () => undefined);
    },

    async closed(tabId: number): Promise<void> {
      await updateTabReview(tabId, () => undefined);
    },

    refreshBadge,
  };
}

export type TabController = ReturnType<typeof createTabController>;
