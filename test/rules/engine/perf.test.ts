/** Linear time: the engine must stay usable on 1,000-page documents and pathological inputs. */
import { describe, expect, it } from 'vitest';
import { review, reviewWith } from '../../../rules/review';

const clause = "Article 3 - Obligations\n3.1 Le Prestataire s'engage à livrer les travaux, conformément à l'art. 5 du C. civ., dans les délais.\n• Le Client pourra résilier le contrat à tout moment.\n";

/** Fastest of interleaved runs of `a` and `b`, so that load changes on a shared machine hit both alike. */
function fastest(a: () => void, b: () => void, runs = 4): [number, number] {
  const best = [Infinity, Infinity];
  for (let i = 0; i < runs; i++) {
    [a, b].forEach((f, k) => {
      const t0 = performance.now();
      f();
      best[k] = Math.min(best[k]!, performance.now() - t0);
    });
  }
  return [best[0]!, best[1]!];
}

describe('engine performance', () => {
  it('grows linearly with the document (engine without checks)', () => {
    const small = clause.repeat(1_000);
    const big = clause.repeat(4_000);
    const [a, b] = fastest(() => reviewWith([], small), () => reviewWith([], big));
    // 4× the text: linear is 4×, quadratic 16×; the margin absorbs GC and a shared machine's noise.
    expect(b / a, `${a.toFixed(0)} ms → ${b.toFixed(0)} ms`).toBeLessThan(10);
  }, 60_000);

  it.each([
    ['a 1 MB line', 'a'.repeat(1_000_000)],
    ['100k repeated words', 'concurrence '.repeat(100_000)],
    ['no punctuation', 'le prestataire pourra résilier le contrat '.repeat(20_000)],
    ['deep numbering', Array.from({ length: 10_000 }, (_, i) => `${(i % 9) + 1}.${(i % 7) + 1}.${(i % 5) + 1}.1.1 Titre`).join('\n')],
  ])('reviews %s with every check in bounded time', (_name, text) => {
    const t0 = performance.now();
    const r = review(text);
    expect(r.length).toBe(text.length);
    expect(performance.now() - t0).toBeLessThan(15_000);
  }, 30_000);
});
