import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  evalClaudette,
  evalCuad,
  evalFrenchGold,
  joinUnits,
  labelsOverlapping,
  macro,
  score,
  Tally,
  type TableResult,
} from '../../cli/eval';
import type { Category, CheckId, Finding, Kind, Review } from '../../rules/engine/types';

const FIXTURES = join(__dirname, '..', 'fixtures', 'eval');

/** A fake engine: clauses and findings placed by quoting the text they start and end with. */
function fake(spec: {
  clauses?: [from: string, to: string, categories: Category[]][];
  findings?: [from: string, to: string, category: Category, kind?: Kind, check?: CheckId][];
  missing?: CheckId[];
}) {
  return (text: string): Review => {
    const span = (from: string, to: string) => {
      const start = text.indexOf(from);
      const end = text.indexOf(to, start) + to.length;
      if (start < 0 || end < to.length) throw new Error(`fixture text not found: ${from} … ${to}`);
      return { start, end };
    };
    const finding = (f: Partial<Finding>) => ({ check: 'NC-01', category: 'non-compete', kind: 'risky', start: 0, end: 0, ...f }) as Finding;
    return {
      schemaVersion: 1,
      language: 'en',
      role: 'client',
      length: text.length,
      parties: [],
      sections: [],
      clauses: (spec.clauses ?? []).map(([from, to, categories]) => ({ ...span(from, to), categories, section: -1, lang: 'en' })),
      findings: [
        ...(spec.findings ?? []).map(([from, to, category, kind = 'risky', check = 'TR-02']) => finding({ ...span(from, to), category, kind, check })),
        ...(spec.missing ?? []).map((check) => finding({ check, kind: 'missing' })),
      ],
      imbalance: { count: 0, bySeverity: { high: 0, medium: 0, low: 0 }, byCategory: {}, score: 0, combinations: [] },
      notAContract: false,
    };
  };
}

const row = (t: TableResult, label: string) => t.rows.find((r) => r.label === label)!.score;

describe('scoring arithmetic', () => {
  it('computes precision, recall and F1, with 0 for empty denominators', () => {
    expect(score({ tp: 3, fp: 1, fn: 2 })).toMatchObject({ precision: 0.75, recall: 0.6, support: 5 });
    expect(score({ tp: 3, fp: 1, fn: 2 }).f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35, 10);
    expect(score({ tp: 0, fp: 0, fn: 4 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('tallies multi-label items and averages F1 over the chosen labels', () => {
    const t = new Tally(['a', 'b']);
    t.addSets(new Set(['a']), new Set(['a', 'b'])); // a tp, b fn
    t.addSets(new Set(['a', 'b']), new Set(['b'])); // a fp, b tp
    const s = t.scores();
    expect(s.get('a')).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(s.get('b')).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(macro(s, ['a', 'b']).f1).toBeCloseTo(2 / 3, 10);
    expect(macro(s, ['a']).n).toBe(1);
  });

  it('maps joined units back to their spans and finds overlapping tags', () => {
    const { text, spans } = joinUnits(['ab', 'cde', 'f'], '\n\n');
    expect(text).toBe('ab\n\ncde\n\nf');
    expect(spans).toEqual([{ start: 0, end: 2 }, { start: 4, end: 7 }, { start: 9, end: 10 }]);
    // One tag spans the first two units, one touches the third only at its edge (no shared character).
    const tags = [{ start: 1, end: 5, label: 'x' }, { start: 10, end: 12, label: 'y' }, { start: 8, end: 10, label: 'z' }];
    expect(labelsOverlapping(spans, tags, (t) => [t.label])).toEqual([new Set(['x']), new Set(['x']), new Set(['z'])]);
  });
});

describe('eval sets on tiny fixtures', () => {
  it('scores CLAUDETTE categories per unit and unfair labels from findings', () => {
    const [cats, unfair] = evalClaudette(
      join(FIXTURES, 'claudette'),
      fake({
        // The termination clause runs into unit 1: unit 0 right, unit 1 wrong.
        clauses: [
          ['We may terminate', 'the laws', ['termination']],
          ['These terms', 'Ireland.', ['governing-law', 'jurisdiction']],
          ['You may contact', 'email.', ['liability']],
        ],
        findings: [
          ['We may terminate', 'any time.', 'termination'],
          ['These terms', 'Ireland.', 'governing-law'],
        ],
        missing: ['DR-01'],
      }),
    );
    expect(row(cats!, 'termination')).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(row(cats!, 'termination').f1).toBeCloseTo(2 / 3, 10);
    expect(row(cats!, 'governing-law')).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(row(cats!, 'jurisdiction')).toMatchObject({ tp: 0, fp: 1, fn: 0, f1: 0 });
    expect(row(cats!, 'liability')).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    // Macro over the 8 CLAUDETTE labels: (2/3 + 1) / 8.
    expect(cats!.macro.f1).toBeCloseTo((2 / 3 + 1) / 8, 10);
    expect(row(unfair!, 'termination')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(row(unfair!, 'governing-law')).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(row(unfair!, 'liability')).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  });

  it('scores CUAD recall per annotated span and precision per recognised clause', () => {
    const t = evalCuad(
      join(FIXTURES, 'cuad'),
      fake({
        clauses: [
          ['This Agreement', 'Delaware.', ['governing-law', 'insurance']],
          ['Either party may assign', 'freely.', ['assignment', 'termination']],
          ['Neither party', 'consent.', ['assignment']],
        ],
      }),
    );
    expect(row(t, 'governing-law')).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    // Two assignment clauses, one on the annotated span: P 1/2, R 1/1.
    expect(row(t, 'assignment')).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(row(t, 'insurance')).toMatchObject({ precision: 1, recall: 1 });
    // Termination is recall-only: no annotated span, and its clause is not counted against precision.
    expect(t.rows.find((r) => r.label === 'termination')!.recallOnly).toBe(true);
    expect(row(t, 'termination')).toMatchObject({ tp: 0, fp: 0, fn: 0 });
    expect(t.macro.n).toBe(10);
    expect(t.macro.f1).toBeCloseTo((1 + 2 / 3 + 1) / 10, 10);
  });

  it('scores the French gold: categories, risky paragraphs and missing protections', () => {
    const [cats, risky, missing] = evalFrenchGold(
      join(FIXTURES, 'gold', 'tiny.jsonl'),
      fake({
        clauses: [
          ['Le Client paie', 'jours.', ['payment']],
          ['Le Prestataire ne peut', 'concurrent.', ['non-compete', 'payment']],
        ],
        findings: [
          ['Le Prestataire ne peut', 'concurrent.', 'non-compete', 'risky', 'NC-01'],
          ['Bonne', 'lecture.', 'payment', 'risky', 'PY-01'],
        ],
        missing: ['DR-01', 'OT-05'],
      }),
    );
    expect(row(cats!, 'payment')).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(row(cats!, 'non-compete')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    // No category has 5 labelled paragraphs in the fixture: the macro covers none.
    expect(cats!.macro.n).toBe(0);
    expect(row(risky!, 'risky')).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(row(missing!, 'missing (doc × check)')).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
  });
});
