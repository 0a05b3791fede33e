import { describe, expect, it } from 'vitest';
import { compileNow, compileOnce, warmFor } from '../../../rules/engine/warm';

/** A regex whose test() calls are recorded (the subject each time). */
function spied(re: RegExp): { re: RegExp; subjects: string[] } {
  const subjects: string[] = [];
  const test = re.test.bind(re);
  re.test = (s: string) => {
    subjects.push(s);
    return test(s);
  };
  return { re, subjects };
}

describe('warm (regex compilation at a cold start)', () => {
  it('runs a regex once on 1,000 inert characters, two-byte when the text under review is', () => {
    const { re, subjects } = spied(/résilier/g);
    warmFor('Le Prestataire pourra résilier le contrat moyennant 100 €.');
    compileNow(re);
    warmFor('Le Prestataire pourra résilier le contrat.');
    compileNow(re);
    expect(subjects).toHaveLength(2);
    expect(subjects.map((s) => s.length)).toEqual([1000, 1000]);
    // '€' is beyond Latin-1: that text (and its units) is two-byte; 'é' alone is not.
    expect(/[^\0-\xff]/.test(subjects[0]!)).toBe(true);
    expect(/[^\0-\xff]/.test(subjects[1]!)).toBe(false);
    // Inert: no letter, digit or space for a pattern to start on.
    expect(/[\p{L}\p{N}\s]/u.test(subjects.join(''))).toBe(false);
  });

  it('leaves lastIndex at 0, so a global regex matches from the start afterwards', () => {
    warmFor('aaa résilier');
    const re = /résilier/g;
    re.lastIndex = 7;
    compileNow(re);
    expect(re.lastIndex).toBe(0);
    expect(re.exec('résilier')?.index).toBe(0);
  });

  it('compileOnce runs each regex once however often it is asked', () => {
    const a = spied(/a/);
    const b = spied(/b/);
    compileOnce(a.re, b.re, a.re);
    compileOnce(a.re);
    expect(a.subjects).toHaveLength(1);
    expect(b.subjects).toHaveLength(1);
  });

});
