/** Small text helpers shared by the templates. */
import type { Finding, Severity } from '../rules/engine/types';

export const QUOTE_MAX = 160;

/** The quote on one line, at most `max` characters, cut on a word and ended with an ellipsis when cut. */
export function shortQuote(quote: string, max = QUOTE_MAX): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  if (space > max / 2) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:.\-–—(«"']+$/u, '')}…`;
}

// Abbreviations after which a period does not end a sentence in legal prose.
const ABBREVIATIONS = new Set(['art', 'c', 'civ', 'com', 'cf', 'al', 'etc', 'e.g', 'i.e', 'ss', 's', 'p', 'vs', 'no', 'n°', 'cass', 'soc', 'l', 'mr', 'mrs', 'st']);

/** The first sentence of `text` (the impact line of a point). */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const re = /[.!?](?=\s+["«(]?[A-ZÀ-ÝÉ])/g;
  for (let m = re.exec(flat); m; m = re.exec(flat)) {
    const before = flat.slice(0, m.index);
    const word = (/([\p{L}°.]+)$/u.exec(before)?.[1] ?? '').toLowerCase();
    if (!ABBREVIATIONS.has(word)) return flat.slice(0, m.index + 1);
  }
  return flat;
}

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Legal compliance (illegal) first, then severity, then document order. */
export function rankFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      Number(b.illegal) - Number(a.illegal) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.kind === 'missing' ? 1 : 0) - (b.kind === 'missing' ? 1 : 0) ||
      a.start - b.start,
  );
}

/** Lines of a sender block (name, company and legal form, SIREN, address lines, contact), empty parts skipped. */
export function joinLines(parts: (string | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n');
}
