import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPageReviewer, type Send } from '../../lib/page-review';
import { dismissFinding, getTabReview } from '../../lib/review-state';
import { createTabController } from '../../lib/tab-controller';
import { packReview } from '../../lib/review-pack';
import { settingsItem } from '../../lib/storage';
import { HostTextError, type HostAdapter } from '../../hosts/types';
import type { Finding, Review } from '../../rules/engine/types';

const CONTRACT = `CONTRAT DE PRESTATION DE SERVICES

Entre la société ORBITAL CONSEIL, ci-après « le Client », et Mme Sophie Renard, ci-après « le Prestataire ».

Article 1 – Objet. Le Prestataire réalise pour le Client une mission d'expertise en intégration de données.

Article 2 – Paiement. Les factures du Prestataire sont payables à quatre-vingt-dix (90) jours fin de mois.

Article 3 – Non-concurrence. Pendant une durée de vingt-quatre (24) mois après la fin du contrat, le Prestataire s'interdit d'exercer toute activité concurrente de celle du Client, sur l'ensemble du territoire français, sans contrepartie financière.

Article 4 – Résiliation. Le Client peut résilier le présent contrat à tout moment, sans préavis ni indemnité.`;

function fakeAdapter(read: () => string) {
  const highlighted: Finding[][] = [];
  const adapter: HostAdapter = {
    name: 'dom',
    matches: () => true,
    readText: () => ({ text: read(), locate: () => null }),
    highlight: (findings) => (highlighted.push([...findings]), findings.length),
    scrollTo: () => true,
    observeChanges: () => undefined,
    clear: () => undefined,
    destroy: () => undefined,
  };
  return { adapter, highlighted };
}

/** The background's side of the messages: `review:run` goes to the real tab controller (tab 1, top frame). */
function recorder() {
  const sent: Array<[string, unknown]> = [];
  const reviews: Review[] = [];
  const controller = createTabController({
    inject: async () => undefined,
    askContent: async () => undefined,
    setBadge: async () => undefined,
    fileAccess: async () => false,
  });
  const send = (async (name, payload) => {
    sent.push([name, payload]);
    if (name !== 'review:run') return undefined;
    const review = await controller.run({ tabId: 1, frameId: 0 }, payload as Parameters<typeof controller.run>[1]);
    reviews.push(review);
    return packReview(review);
  }) as Send;
  return { sent, send, reviews };
}

const PAGE = { url: () => 'https://intranet.example.org/contrat?v=2', title: () => 'Contrat', source: 'page' as const };

describe('page reviewer (content script)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads, has the background review the text, highlights, and the tab keeps the review', async () => {
    const { adapter, highlighted } = fakeAdapter(() => CONTRACT);
    const { sent, send } = recorder();
    const review = await createPageReviewer(adapter, PAGE, send, new AbortController().signal).run();
    expect(review?.imbalance.count).toBeGreaterThan(0);
    expect(highlighted.at(-1)?.length).toBe(review?.findings.length);
    const names = sent.map(([n]) => n);
    expect(names.filter((n) => n === 'review:progress').length).toBeGreaterThanOrEqual(2);
    const [, run] = sent.find(([n]) => n === 'review:run')!;
    expect(run).toMatchObject({ docKey: 'https://intranet.example.org/contrat', title: 'Contrat', source: 'page', text: CONTRACT });
    await vi.waitFor(async () => expect((await getTabReview(1))?.review?.imbalance.count).toBe(review?.imbalance.count));
  });

  it('uses the settings: a category switched off is not reported', async () => {
    const { adapter } = fakeAdapter(() => CONTRACT);
    const all = await createPageReviewer(adapter, PAGE, recorder().send, new AbortController().signal).run();
    expect(all?.findings.some((f) => f.category === 'non-compete')).toBe(true);
    await settingsItem.setValue({ ...(await settingsItem.getValue()), disabledCategories: ['non-compete'] });
    const some = await createPageReviewer(adapter, PAGE, recorder().send, new AbortController().signal).run();
    expect(some?.findings.some((f) => f.category === 'non-compete')).toBe(false);
  });

  it('re-reviews when the user dismisses a finding, and the count drops', async () => {
    const { adapter } = fakeAdapter(() => CONTRACT);
    const { send, reviews } = recorder();
    const stop = new AbortController();
    const first = await createPageReviewer(adapter, PAGE, send, stop.signal).run();
    const target = first!.findings.find((f) => f.kind !== 'missing')!;
    await dismissFinding('https://intranet.example.org/contrat', target.id, 'accepté');
    await vi.waitFor(() => expect(reviews.length).toBe(2));
    expect(reviews[1]!.imbalance.count).toBe(first!.imbalance.count - 1);
    stop.abort();
  });

  it('a page the host cannot read reports why instead of a review', async () => {
    const { adapter, highlighted } = fakeAdapter(() => {
      throw new HostTextError('no-text', 'host_no_text');
    });
    const { sent, send } = recorder();
    expect(await createPageReviewer(adapter, PAGE, send, new AbortController().signal).run()).toBeUndefined();
    expect(sent.at(-1)).toEqual(['review:failed', { error: 'host_no_text' }]);
    expect(highlighted).toEqual([]);
  });

  it('an unexpected failure is reported as a failed review', async () => {
    const { adapter } = fakeAdapter(() => {
      throw new TypeError('boom');
    });
    const { sent, send } = recorder();
    await createPageReviewer(adapter, PAGE, send, new AbortController().signal).run();
    expect(sent.at(-1)).toEqual(['review:failed', { error: 'bg_error_review_failed' }]);
  });

  it('text that is not a contract is reported but not highlighted', async () => {
    const { adapter, highlighted } = fakeAdapter(() => 'Préchauffez le four. Servez tiède.');
    const { sent, send } = recorder();
    const review = await createPageReviewer(adapter, PAGE, send, new AbortController().signal).run();
    expect(review?.notAContract).toBe(true);
    expect(highlighted.at(-1)).toEqual([]);
    expect(sent.some(([n]) => n === 'review:run')).toBe(true);
  });
});
