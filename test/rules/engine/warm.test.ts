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
  it('runs a regex once on a subject of 1,000 characters cut from the text under review', () => {
    warmFor('Le Prestataire pourra résilier le contrat moyennant 100 €.');
    const { re, subjects } = spied(/résilier/g);
    compileNow(re);
    expect(subjects).toHaveLength(1);
    expect(subjects[0]!.length).toBe(1000);
    expect(subjects[0]).toContain('Le Prestataire pourra résilier le contrat moyennant 100 €.');
    const long = 'x'.repeat(5000);
    warmFor(long);
    compileNow(re);
    expect(subjects[1]!.length).toBe(1000);
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
