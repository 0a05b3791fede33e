import { describe, expect, it } from 'vitest';
import { normalize, toOriginal } from '../../../rules/engine/normalize';

const norm = (s: string) => normalize(s).text;

describe('normalize', () => {
  it('folds quotes, apostrophes, spaces, hyphens and invisible characters', () => {
    expect(norm('l’ESN « le Client » “the Company” ‘x’')).toBe('l\'ESN « le Client » "the Company" \'x\'');
    expect(norm('10\u00a0000\u202f€ —\tdeux\u2009mots')).toBe('10 000 € — deux mots');
    expect(norm('sous\u2011traitant, respon\u00adsabilité, \ufeffzéro\u200blargeur')).toBe('sous-traitant, responsabilité, zérolargeur');
    expect(norm('a  b   c.  \n  D')).toBe('a b c.\nD');
  });

  it('drops spaces next to spaces, tabs and line breaks, with the offsets of the characters kept', () => {
    // SPECIAL's space alternatives (a space before or after another space, a tab or a line break).
    const a = normalize(' a\t b \t\tc\r\n  d \u00a0 e\n\n \tf  ');
    expect(a.text).toBe('a b c d  e\n\nf');
    expect([...a.map]).toEqual([1, 2, 4, 5, 8, 10, 13, 14, 16, 17, 18, 19, 22, 25]);
    const b = normalize('x \r y  z\t');
    expect(b.text).toBe('x y z');
    expect([...b.map]).toEqual([0, 2, 4, 5, 7, 9]);
  });

  it('expands ligatures', () => {
    expect(norm('conﬁdentialité, ﬂux, eﬀet, aﬃche, baﬄe')).toBe('confidentialité, flux, effet, affiche, baffle');
  });

  it('rejoins words hyphenated at line ends, keeping compound hyphens', () => {
    expect(norm('la respon-\nsabilité du Prestataire')).toBe('la responsabilité du Prestataire');
    expect(norm('le sous-\ntraitant est tenu')).toBe('le sous-traitant est tenu');
    expect(norm('Non-\nCompete')).toBe('Non-\nCompete');
  });

  it('joins hard line breaks inside sentences, keeps paragraph and block breaks', () => {
    const pdf = 'Le Prestataire s’interdit, pendant une durée de douze mois à compter de la fin\ndu contrat, toute activité concurrente.\nLe Client paie.';
    expect(norm(pdf)).toBe('Le Prestataire s\'interdit, pendant une durée de douze mois à compter de la fin du contrat, toute activité concurrente.\nLe Client paie.');
    expect(norm('ARTICLE 5 – DURÉE\nLe contrat est conclu pour un an.')).toBe('ARTICLE 5 – DURÉE\nLe contrat est conclu pour un an.');
    expect(norm('Le Prestataire s’engage à :\n- livrer\n- documenter\n\n\n\nFin')).toBe('Le Prestataire s\'engage à :\n- livrer\n- documenter\n\nFin');
    expect(norm('Contractor shall deliver the Work Product and all related documentation\n2.1 Fees')).toBe('Contractor shall deliver the Work Product and all related documentation\n2.1 Fees');
  });

  it('normalises bullets at line start', () => {
    expect(norm('● un\n▪ deux\n– trois\n* quatre')).toBe('• un\n• deux\n• trois\n• quatre');
    expect(norm('a – b')).toBe('a – b');
  });

  it('maps every normalised range back to the exact original slice', () => {
    const original = 'Art. 1 –\u00a0Objet\r\nLe Prestataire s’engage à livrer la docu-\r\nmentation ﬁnale.';
    const n = normalize(original);
    const start = n.text.indexOf('Le Prestataire');
    const end = n.text.length;
    const o = toOriginal(n, start, end);
    expect(original.slice(o.start, o.end)).toBe('Le Prestataire s’engage à livrer la docu-\r\nmentation ﬁnale.');
    const lig = n.text.indexOf('finale');
    const ol = toOriginal(n, lig, lig + 2);
    expect(original.slice(ol.start, ol.end)).toBe('ﬁ');
  });

  it('property: the map is monotonic and mapped slices hold the same words', () => {
    const alphabet = ['a', 'b', 'é', 'Z', ' ', ' ', '\n', '\n\n', '\r\n', '-', '-\n', '’', '“', '«', '\u00a0', '\u2009', 'ﬁ', '\u00ad', '•', '.', '1', '\t'];
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const words = (s: string) => s.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');
    for (let run = 0; run < 300; run++) {
      let original = '';
      const len = rand(80);
      for (let i = 0; i < len; i++) original += alphabet[rand(alphabet.length)]!;
      const n = normalize(original);
      expect(n.map.length).toBe(n.text.length + 1);
      expect(n.map[n.text.length]).toBe(original.length);
      for (let i = 1; i <= n.text.length; i++) expect(n.map[i]!).toBeGreaterThanOrEqual(n.map[i - 1]!);
      if (n.text.length === 0) continue;
      const s = rand(n.text.length);
      const e = s + 1 + rand(n.text.length - s);
      const o = toOriginal(n, s, e);
      expect(o.start).toBeLessThanOrEqual(o.end);
      // Equal, except that a range starting or ending inside an expanded ligature takes the whole ligature.
      expect(words(original.slice(o.start, o.end))).toContain(words(n.text.slice(s, e)));
      expect(words(original.slice(o.start, o.end)).length).toBeLessThanOrEqual(words(n.text.slice(s, e)).length + 2);
    }
  });

  it('is linear on pathological input', () => {
    const big = `${'a'.repeat(1_000_000)}\n${'mot '.repeat(100_000)}\n${'-\n'.repeat(50_000)}`;
    const t0 = performance.now();
    const n = normalize(big);
    expect(n.text.length).toBeGreaterThan(1_000_000);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('normalize: one paragraph or sentence per line', () => {
  it('keeps every line break when lines are long (not a wrapped text)', () => {
    const long = 'The Company may terminate this agreement at any time and for any reason without any liability whatsoever towards the user of the service or any of its affiliates anywhere';
    const text = `${long}\n${long}\nand the user accepts it\n${long}`;
    expect(norm(text).split('\n')).toHaveLength(4);
  });
});
