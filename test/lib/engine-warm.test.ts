import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../rules/index';
import { review } from '../../rules/review';
import { stopWarming, warmEngine, warmUpTexts } from '../../lib/engine-warm';

describe('engine warm-up', () => {
  it.each(['fr', 'en'] as const)('the %s warm-up texts make most clause-level checks fire', (lang) => {
    const fired = new Set(warmUpTexts(lang).flatMap((text) => review(text, { language: lang }).findings.map((f) => f.check)));
    const clauseLevel = CHECKS.filter((c) => c.kind !== 'missing').map((c) => c.id);
    const share = clauseLevel.filter((id) => fired.has(id)).length / clauseLevel.length;
    expect(share).toBeGreaterThan(0.8);
  });
});

describe('engine warm-up in the background', () => {
  it('runs once per realm, and stops when a real review begins', async () => {
    const first = warmEngine();
    expect(warmEngine()).toBe(first);
    stopWarming();
    await expect(first).resolves.toBeUndefined();
  });
});
