import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packReview, unpackReview } from '../../lib/review-pack';
import { review } from '../../rules/review';

describe('packed reviews (messages and session storage)', () => {
  const text = readFileSync('examples/fr-unbalanced.txt', 'utf8');

  it('unpacks to the very review that was packed, through JSON', () => {
    const original = review(text);
    expect(unpackReview(JSON.parse(JSON.stringify(packReview(original))))).toEqual(original);
  });

  it('stores each repeated text once: a contract whose clauses repeat packs to far less JSON', () => {
    const repeated = review(Array.from({ length: 10 }, () => text).join('\n\n'));
    const full = JSON.stringify(repeated).length;
    const packed = JSON.stringify(packReview(repeated)).length;
    expect(packed).toBeLessThan(full * 0.6);
  });
});
