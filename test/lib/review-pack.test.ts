import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packReview, unpackReview } from '../../lib/review-pack';
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
});
