/** Find in document (components/viewer/find.ts): offsets into the review text, folding case and accents. */
import { describe, expect, it } from 'vitest';
import { findAll, fold } from '../../../components/viewer/find';

describe('find in document', () => {
  it('folds case and accents one character for one character', () => {
    const text = 'Résiliation ÉTÉ « Œuvre » 😀 fin';
    expect(fold(text)).toHaveLength(text.length);
    expect(fold('Résiliation ÉTÉ')).toBe('resiliation ete');
  });

  it('finds every match, ignoring case, accents and line breaks', () => {
    const text = 'Le PRESTATAIRE s’engage.\nLa résiliation du contrat\npar le Prestataire est libre.';
    const hits = findAll(fold(text), 'prestataire');
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['PRESTATAIRE', 'Prestataire']);
    const split = findAll(fold(text), 'resiliation du   contrat par');
    expect(split.map((h) => text.slice(h.start, h.end))).toEqual(['résiliation du contrat\npar']);
  });

  it('treats the query as text, not a pattern, and ignores blank queries', () => {
    expect(findAll(fold('prix (HT) : 620 €'), '(ht)')).toEqual([{ start: 5, end: 9 }]);
    expect(findAll(fold('abc'), '   ')).toEqual([]);
  });
});
