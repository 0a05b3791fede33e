/**
 * A contract reviewed from its PDF gives the same findings as from its text: the PDF text assembly
 * (hosts/pdf-text.ts) loses nothing the engine needs (headings, clause boundaries, words).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../hosts/pdf-text';
import { review } from '../../rules/review';
import { legacyPdfjs } from '../../cli/pdf-node';

describe('PDF and text reviews agree', () => {
  for (const name of ['fr-unbalanced', 'en-unbalanced', 'fr-balanced', 'en-balanced']) {
    it(`examples/${name}`, async () => {
      const pdfjs = await legacyPdfjs();
      const task = pdfjs.getDocument({ data: new Uint8Array(readFileSync(`examples/${name}.pdf`)), verbosity: 0 });
      const fromPdf = review((await extractText(await task.promise)).text);
      await task.destroy();
      const fromText = review(readFileSync(`examples/${name}.txt`, 'utf8'));
      const summary = (r: typeof fromPdf) => ({
        count: r.imbalance.count,
        findings: r.findings.map((f) => `${f.check} ${f.quote.replace(/\s+/g, ' ')}`).sort(),
      });
      expect(summary(fromPdf)).toEqual(summary(fromText));
    });
  }
});
