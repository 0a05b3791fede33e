/** Every example of every check runs here (LanguageTool's <example>, ESLint's RuleTester valid/invalid). */
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../rules';
import { review } from '../../rules/review';
import type { Lang } from '../../rules/engine/types';
import { parseExample } from './example';

const LANGS: Lang[] = ['fr', 'en'];

for (const check of CHECKS) {
  for (const lang of LANGS) {
    describe(`${check.id} (${lang})`, () => {
      check[lang].examples.flagged.forEach((example, i) => {
        it(`flags example ${i + 1}`, () => {
          const { text, span } = parseExample(example);
          const hits = review(text, { language: lang }).findings.filter((f) => f.check === check.id);
          expect(hits.length, `no ${check.id} finding in: ${text}`).toBeGreaterThan(0);
          if (span) {
            const expected = text.slice(span.start, span.end).trim();
            expect(hits.map((f) => f.quote.trim())).toContain(expected);
            for (const f of hits) expect(text.slice(f.start, f.end)).toBe(f.quote);
          }
        });
      });
      check[lang].examples.clean.forEach((example, i) => {
        it(`stays silent on clean example ${i + 1}`, () => {
          const hits = review(example, { language: lang }).findings.filter((f) => f.check === check.id);
          expect(hits.map((f) => f.quote), `unexpected ${check.id} in: ${example}`).toEqual([]);
        });
      });
    });
  }
}
