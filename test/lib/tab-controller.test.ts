import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTabController, type TabControllerDeps } from '../../lib/tab-controller';
import { getTabReview } from '../../lib/review-state';
import { tabReviewsItem } from '../../lib/storage';
import type { Badge } from '../../lib/badge';
import { finding, reviewOf } from './fixtures';

const URL_A = 'https://intranet.example.org/contrats/42?tab=1';

function setup(over: Partial<TabControllerDeps> = {}) {
  const badges = new Map<number, Badge>();
  const deps: TabControllerDeps = {
    inject: vi.fn(async () => undefined),
    askContent: vi.fn(async () => undefined),
    setBadge: async (tabId, badge) => void badges.set(tabId, badge),
    fileAccess: async () => false,
    ...over,
  };
  return { controller: createTabController(deps), deps, badges };
}

const payload = (review = reviewOf([finding(), finding({ severity: 'medium', category: 'payment' })])) => ({
  docKey: 'https://intranet.example.org/contrats/42', url: URL_A, title: 'Contrat', review, source: 'page' as const, text: 'Contrat de prestation',
});

describe('tab controller', () => {
  beforeEach(() => fakeBrowser.reset());

  it('injects the content script only when none answers, then asks it to review', async () => {
    const askContent = vi.fn().mockRejectedValueOnce(new Error('no receiver')).mockResolvedValue(undefined);
    const { controller, deps, badges } = setup({ askContent });
    expect(await controller.request(7, URL_A)).toEqual({ ok: true });
    expect(deps.inject).toHaveBeenCalledWith(7);
    expect(askContent).toHaveBeenCalledTimes(2);
    expect((await getTabReview(7))?.status).toBe('reviewing');
    expect(badges.get(7)?.text).toBe('…');
  });

  it('refuses browser pages and file:// without access, without injecting', async () => {
    const { controller, deps } = setup();
    expect(await controller.request(1, 'chrome://settings')).toEqual({ ok: false, reason: 'bg_error_restricted' });
    expect(await controller.request(1, 'https://chromewebstore.google.com/detail/x')).toMatchObject({ ok: false });
    expect(await controller.request(1, 'file:///home/me/contrat.html')).toEqual({ ok: false, reason: 'bg_error_file_access' });
    expect(deps.inject).not.toHaveBeenCalled();
  });

  it('stores the review, sets the badge to the count in the worst severity colour', async () => {
    const { controller, badges } = setup();
    await controller.request(3, URL_A);
    await controller.updated({ tabId: 3, frameId: 0 }, payload());
    expect((await getTabReview(3))?.review?.imbalance.count).toBe(2);
    expect(badges.get(3)).toEqual({ text: '2', color: '#c62828' });
  });

  it('keeps the frame with the most text', async () => {
    const { controller } = setup();
    await controller.request(3, URL_A);
    await controller.updated({ tabId: 3, frameId: 5 }, payload(reviewOf([finding()], { length: 100_000 })));
    await controller.updated({ tabId: 3, frameId: 9 }, payload(reviewOf([], { length: 40, notAContract: true })));
    expect((await getTabReview(3))?.frameId).toBe(5);
    // The kept frame's own re-review (after a dismissal) replaces it even with less text.
    await controller.updated({ tabId: 3, frameId: 5 }, payload(reviewOf([], { length: 90_000 })));
    expect((await getTabReview(3))?.review?.imbalance.count).toBe(0);
  });

  it('a failure keeps the previous review and shows the error', async () => {
    const { controller, badges } = setup();
    await controller.request(3, URL_A);
    await controller.updated({ tabId: 3, frameId: 0 }, payload());
    await controller.request(3, URL_A);
    await controller.failed({ tabId: 3, frameId: 0 }, 'bg_error_review_failed');
    const entry = await getTabReview(3);
    expect(entry?.status).toBe('error');
    expect(entry?.error).toBe('bg_error_review_failed');
    expect(entry?.review?.imbalance.count).toBe(2);
    expect(badges.get(3)?.text).toBe('2');
  });

  it('a refused injection is reported with the browser\'s reason', async () => {
    const { controller } = setup({
      askContent: async () => Promise.reject(new Error('no receiver')),
      inject: async () => Promise.reject(new Error('Cannot access a chrome:// URL')),
    });
    expect(await controller.request(4, undefined)).toEqual({ ok: false, reason: 'bg_error_restricted' });
    expect((await getTabReview(4))?.error).toBe('bg_error_restricted');
  });

  it('clears the review and the badge when the tab shows another document, not on a hash change', async () => {
    const { controller, badges } = setup();
    await controller.request(3, URL_A);
    await controller.updated({ tabId: 3, frameId: 0 }, payload());
    await controller.navigated(3, 'https://intranet.example.org/contrats/42#article-5');
    expect(badges.get(3)?.text).toBe('2');
    await controller.navigated(3, 'https://intranet.example.org/contrats/43');
    expect(await getTabReview(3)).toBeUndefined();
    expect(badges.get(3)?.text).toBe('');
  });

  it('"Clear" forgets the review and the badge', async () => {
    const { controller, badges } = setup();
    await controller.request(3, URL_A);
    await controller.updated({ tabId: 3, frameId: 0 }, payload());
    await controller.forget(3);
    expect(await getTabReview(3)).toBeUndefined();
    expect(badges.get(3)?.text).toBe('');
  });

  it('no contract: no badge number', async () => {
    const { controller, badges } = setup();
    await controller.request(3, URL_A);
    await controller.updated({ tabId: 3, frameId: 0 }, payload(reviewOf([], { notAContract: true })));
    expect(badges.get(3)?.text).toBe('');
  });

  it('progress only moves forward during a run', async () => {
    const { controller } = setup();
    await controller.request(3, URL_A);
    await controller.progress({ tabId: 3, frameId: 0 }, 0.5);
    await controller.progress({ tabId: 3, frameId: 2 }, 0.1);
    expect((await getTabReview(3))?.progress).toBe(0.5);
  });

  it('a re-review in progress keeps the stored review as it was packed, without packing it again', async () => {
    const { controller } = setup();
    await controller.updated({ tabId: 4, frameId: 0 }, payload());
    const packed = (await tabReviewsItem.getValue())['4']!.review;
    const stringify = vi.spyOn(JSON, 'stringify');
    await controller.request(4, URL_A);
    await controller.progress({ tabId: 4, frameId: 0 }, 0.3);
    const calls = stringify.mock.calls.filter(([value]) => (value as { strings?: unknown })?.strings !== undefined).length;
    stringify.mockRestore();
    expect(calls).toBe(0);
    expect((await tabReviewsItem.getValue())['4']!.review).toBe(packed);
    expect((await getTabReview(4))?.status).toBe('reviewing');
  });

  it('reviews the selection when asked (context menu), and text it was handed where no script runs', async () => {
    const { controller, deps } = setup();
    await controller.request(5, URL_A, true);
    expect(deps.askContent).toHaveBeenCalledWith(5, true);
    expect((await getTabReview(5))?.source).toBe('selection');
    await controller.reviewText(6, 'Le Client peut résilier le présent contrat à tout moment, sans préavis ni indemnité.', 'https://x.fr/c.pdf', 'c.pdf');
    const entry = await getTabReview(6);
    expect(entry?.source).toBe('selection');
    expect(entry?.status).toBe('reviewed');
    expect(entry?.review?.findings.some((f) => f.category === 'termination')).toBe(true);
    // A selection's review is forgotten on any navigation.
    await controller.navigated(6, 'https://x.fr/c.pdf#page=2');
    expect(await getTabReview(6)).toBeUndefined();
  });

  it('reviews a frame\'s text (review:run), answers with the review and records it for the tab', async () => {
    const { controller, badges } = setup();
    await controller.request(8, URL_A);
    const text = [
      'CONTRAT DE PRESTATION. Entre la société ORBITAL, ci-après « le Client », et M. Roy, ci-après « le Prestataire ».',
      'Article 1 – Objet. Le Prestataire réalise une mission de conseil pour le Client.',
      'Article 2 – Paiement. Les factures sont payables à quatre-vingt-dix (90) jours fin de mois.',
      'Article 3 – Résiliation. Le Client peut résilier le présent contrat à tout moment, sans préavis ni indemnité.',
    ].join('\n\n');
    const { review: _ignored, ...page } = payload();
    const review = await controller.run({ tabId: 8, frameId: 0 }, { ...page, text });
    expect(review.findings.some((f) => f.category === 'termination')).toBe(true);
    await vi.waitFor(async () => expect((await getTabReview(8))?.status).toBe('reviewed'));
    expect((await getTabReview(8))?.review?.imbalance.count).toBe(review.imbalance.count);
    await vi.waitFor(() => expect(badges.get(8)?.text).toBe(String(review.imbalance.count)));
  });
});
