/**
 * Find in document: case- and accent-insensitive matches over the review text, with offsets into it (so the
 * PDF host can paint them on the text layer). Folding is one character for one character, offsets unchanged.
 */

/** Lower case without diacritics, same length as `text`. */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const base = ch.normalize('NFD').charAt(0).toLowerCase();
    // Characters outside the BMP keep their two code units so offsets stay aligned.
    out += ch.length === 1 && base.length === 1 ? base : ch;
  }
  return out;
}

/** Start offsets of `query` in the text whose folded form is `folded` (at most `limit`), whitespace-tolerant. */
export function findAll(folded: string, query: string, limit = 1000): { start: number; end: number }[] {
  const q = fold(query.trim());
  if (!q) return [];
  // Any run of whitespace in the query matches any run in the text (line joins are spaces or newlines).
  const pattern = new RegExp(q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'), 'g');
  const out: { start: number; end: number }[] = [];
  for (const m of folded.matchAll(pattern)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (out.length >= limit) break;
  }
  return out;
}
