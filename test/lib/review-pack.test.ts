import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { fromStored, packReview, toStored, unpackReview } from '../../lib/review-pack';
import { review } from '../../rules/review';

describe('packed reviews (messages and session storage)', () => {
  const text = readFileSync('examples/fr-unbalanced.txt', 'utf8');

  it('unpacks to the very review that was packed', () => {
    const original = review(text);
    expect(unpackReview(packReview(original))).toEqual(original);
  });

  it('is one string, with each repeated text once: a contract whose clauses repeat packs to far less', () => {
    const repeated = review(Array.from({ length: 10 }, () => text).join('\n\n'));
    const packed = packReview(repeated);
    expect(typeof packed).toBe('string');
    expect(packed.length).toBeLessThan(JSON.stringify(repeated).length * 0.6);
  });

  it('packs a review once: again for storage costs nothing', () => {
    const original = review(text);
    const stringify = vi.spyOn(JSON, 'stringify');
    const packed = packReview(original);
    expect(packReview(original)).toBe(packed);
    const entry = { status: 'reviewed' as const, docKey: 'd', url: 'u', title: 't', source: 'page' as const, review: original, updatedAt: 1 };
    const stored = toStored(entry);
    expect(stored.review).toBe(packed);
    expect(stringify).toHaveBeenCalledTimes(1);
    stringify.mockRestore();
    expect(fromStored(stored)).toEqual(entry);
  });
});
