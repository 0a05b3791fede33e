import { describe, expect, it } from 'vitest';
import { addDays, formatLongDate, isIsoDate, todayIso } from '../../drafting/dates';
import { findPlaceholders, orPlaceholder, placeholder } from '../../drafting/placeholders';
import { firstSentence, rankFindings, shortQuote } from '../../drafting/text';
import { FR_FINDINGS } from './fixtures';

describe('dates', () => {
  it('adds days across month and year boundaries', () => {
    expect(addDays('2026-12-01', 8)).toBe('2026-12-09');
    expect(addDays('2026-12-28', 8)).toBe('2027-01-05');
    expect(addDays('2026-01-25', 15)).toBe('2026-02-09');
    expect(addDays('2028-02-25', 5)).toBe('2028-03-01'); // leap year: 29 February exists
    expect(addDays('2026-03-25', 8)).toBe('2026-04-02'); // across the DST change
  });

  it('writes the date in words in both languages, with "1er" in French', () => {
    expect(formatLongDate('2026-12-09', 'fr')).toBe('9 décembre 2026');
    expect(formatLongDate('2027-01-01', 'fr')).toBe('1er janvier 2027');
    expect(formatLongDate('2026-08-15', 'fr')).toBe('15 août 2026');
    expect(formatLongDate('2026-12-09', 'en')).toBe('9 December 2026');
  });

  it('validates ISO dates and gives the local day', () => {
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('9/12/2026')).toBe(false);
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(todayIso(new Date(2026, 10, 28, 23, 59))).toBe('2026-11-28');
    expect(() => addDays('nope', 1)).toThrow(RangeError);
  });
});

describe('placeholders', () => {
  it('marks what the user must fill in, per language, and finds them again after editing', () => {
    expect(placeholder('fr', 'lieu')).toBe('«[à compléter : lieu]»');
    expect(placeholder('en', 'place')).toBe('[to complete: place]');
    expect(findPlaceholders('A «[à compléter : lieu]» B [to complete: name] C [à compléter: date]')).toEqual(['lieu', 'name', 'date']);
    expect(findPlaceholders('Paris, le 1er décembre 2026 [annexe 1]')).toEqual([]);
    expect(orPlaceholder('  ', 'fr', 'lieu')).toBe('«[à compléter : lieu]»');
    expect(orPlaceholder(' Lyon ', 'fr', 'lieu')).toBe('Lyon');
  });
});

describe('text helpers', () => {
  it('keeps short quotes and cuts long ones on a word with an ellipsis, at most 160 characters', () => {
    expect(shortQuote('  Le   Client\npaie. ')).toBe('Le Client paie.');
    const long = 'mot '.repeat(100);
    const cut = shortQuote(long);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut.endsWith('mot…')).toBe(true);
  });

  it('takes the first sentence without stopping at legal abbreviations', () => {
    expect(firstSentence('Voir art. L441-10 du Code. Deuxième phrase.')).toBe('Voir art. L441-10 du Code.');
    expect(firstSentence('Selon le C. civ. Art 1219 ça dépend. Suite.')).toBe('Selon le C. civ. Art 1219 ça dépend.');
    expect(firstSentence('Une seule phrase sans point')).toBe('Une seule phrase sans point');
  });

  it('ranks mandatory-rule points first, then severity, then missing protections after clauses', () => {
    expect(rankFindings(FR_FINDINGS).map((f) => f.id)).toEqual(['PY-01#b', 'LB-01#d', 'NC-01#a', 'DR-01#c']);
  });
});
