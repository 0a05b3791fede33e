/**
 * Version check: compares the version of a contract the user reviewed (and asked changes on) with a later
 * version, clause by clause. Clauses are matched on their wording with numbering and cross-references folded,
 * so renumbered articles and moved paragraphs are not reported as changes; what differs is reported as
 * modified (with "numbers changed" when only figures moved), added or removed. Pure: no DOM, no browser API.
 */
import type { CheckId, Finding, Kind, Review } from '../rules/engine/types';

/** A change the user asked for in the negotiation email: the finding it answers. */
export interface AskedChange {
  findingId: string;
  check: CheckId;
  kind: Kind;
  title: string;
  /** The clause as it was (empty for a missing protection). */
  quote: string;
  start: number;
  end: number;
}

export interface ReviewedText {
  text: string;
  review: Review;
}

export type AskedStatus = 'made' | 'not-made' | 'partly-made';

export interface AskedResult {
  change: AskedChange;
  status: AskedStatus;
  /** The wording now (null when the clause was removed or for a missing protection). */
  newText: string | null;
}

export interface ClauseChange {
  type: 'modified' | 'added' | 'removed';
  oldText: string | null;
  newText: string | null;
  /** Offsets in the new text (modified/added) or the old text (removed). */
  start: number;
  end: number;
  /** Modified clauses whose words are the same and only figures differ ("30 jours" → "60 jours"). */
  numbersOnly: boolean;
}

export interface VersionComparison {
  asked: AskedResult[];
  /** Clause changes nobody asked for. */
  silent: ClauseChange[];
  countBefore: number;
  countAfter: number;
  /** Asked changes not made at all, for the banner "3 of the 5 agreed changes are missing". */
  missing: number;
  partly: number;
}

interface Unit {
  start: number;
  end: number;
  text: string;
  key: string;
  /** key with figures masked. */
  shape: string;
  tokens: string[];
}

const LEADING_NUMBER =
  /^\s*\(?(?:(?:article|art\.|section|clause|§)\s*)?(?:[0-9]{1,3}(?:\.[0-9]{1,3}){0,4}|[ivxlc]{1,6}|[a-z])\s*(?:[.):–—-]\s*|\s+(?=\S))/i;
const CROSS_REFERENCE = /\b(article|art\.|section|clause|paragraphe|paragraph|annexe|exhibit|schedule|§)\s*[0-9ivxlc]{1,5}(?:\.[0-9]{1,3}){0,4}/gi;

export function clauseKey(text: string): string {
  return text
    .replace(LEADING_NUMBER, '')
    .replace(CROSS_REFERENCE, '$1 #')
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}#']+/gu, ' ')
    .trim();
}

function unitsOf({ text, review }: ReviewedText): Unit[] {
  return review.clauses
    .map(({ start, end }) => {
      const slice = text.slice(start, end);
      const key = clauseKey(slice);
      return { start, end, text: slice, key, shape: key.replace(/[0-9]+/g, '0'), tokens: key.split(' ').filter(Boolean) };
    })
    .filter((u) => u.key.length > 0);
}

/** Dice coefficient on word multisets: 1 for the same words, 0 for nothing in common. */
function similarity(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of b) {
    const n = counts.get(t);
    if (n) {
      common++;
      counts.set(t, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

const FUZZY_MIN = 0.55;
const REWRITE_MIN = 0.3;

/** old unit index → new unit index; unmatched units are absent. */
function matchUnits(before: Unit[], after: Unit[]): Map<number, number> {
  const match = new Map<number, number>();
  const used = new Set<number>();
  const byKey = new Map<string, number[]>();
  after.forEach((u, j) => byKey.set(u.key, [...(byKey.get(u.key) ?? []), j]));
  before.forEach((u, i) => {
    const j = byKey.get(u.key)?.find((k) => !used.has(k));
    if (j !== undefined) {
      match.set(i, j);
      used.add(j);
    }
  });
  // Fuzzy pass: candidates share a word of 5+ letters (an inverted index keeps this near-linear).
  const index = new Map<string, number[]>();
  after.forEach((u, j) => {
    if (used.has(j)) return;
    for (const t of new Set(u.tokens)) if (t.length >= 5) index.set(t, [...(index.get(t) ?? []), j]);
  });
  const pairs: { i: number; j: number; s: number }[] = [];
  before.forEach((u, i) => {
    if (match.has(i)) return;
    const candidates = new Set<number>();
    for (const t of new Set(u.tokens)) for (const j of index.get(t) ?? []) candidates.add(j);
    for (const j of candidates) {
      const s = similarity(u.tokens, after[j]!.tokens);
      if (s >= FUZZY_MIN) pairs.push({ i, j, s });
    }
  });
  pairs.sort((x, y) => y.s - x.s);
  for (const { i, j } of pairs) {
    if (match.has(i) || used.has(j)) continue;
    match.set(i, j);
    used.add(j);
  }
  // Rewritten in place: an unmatched clause whose predecessor is matched pairs with the unmatched clause that
  // follows the predecessor's match, when they still share some wording.
  before.forEach((u, i) => {
    if (match.has(i) || i === 0) return;
    const previous = match.get(i - 1);
    if (previous === undefined) return;
    const j = previous + 1;
    if (j < after.length && !used.has(j) && similarity(u.tokens, after[j]!.tokens) >= REWRITE_MIN) {
      match.set(i, j);
      used.add(j);
    }
  });
  return match;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function counted(review: Review): Finding[] {
  return review.findings.filter((f) => !f.dismissed);
}

/** The asked changes of a set of findings (what the negotiation email listed). */
export function askedFrom(findings: readonly Finding[]): AskedChange[] {
  return findings.map((f) => ({
    findingId: f.id,
    check: f.check,
    kind: f.kind,
    title: f.title,
    quote: f.quote,
    start: f.start,
    end: f.end,
  }));
}

export function compareVersions(before: ReviewedText, after: ReviewedText, asked: readonly AskedChange[]): VersionComparison {
  const oldUnits = unitsOf(before);
  const newUnits = unitsOf(after);
  const match = matchUnits(oldUnits, newUnits);
  const afterFindings = counted(after.review);

  const askedUnits = new Set<number>();
  const results: AskedResult[] = asked.map((change) => {
    if (change.kind === 'missing') {
      const still = afterFindings.some((f) => f.check === change.check && f.kind === 'missing');
      return { change, status: still ? 'not-made' : 'made', newText: null };
    }
    const i = oldUnits.findIndex((u) => overlaps(u, change));
    if (i < 0) return { change, status: 'not-made', newText: null };
    // A finding may span several units (a clause with a list): all of them belong to the change.
    oldUnits.forEach((u, k) => overlaps(u, change) && askedUnits.add(k));
    const j = match.get(i);
    if (j === undefined) return { change, status: 'made', newText: null };
    const next = newUnits[j]!;
    if (next.key === oldUnits[i]!.key) return { change, status: 'not-made', newText: next.text };
    const stillFires = afterFindings.some((f) => f.check === change.check && overlaps(f, next));
    return { change, status: stillFires ? 'partly-made' : 'made', newText: next.text };
  });

  // Clauses added to answer a missing protection that is now there are expected, not silent.
  const answered = new Set(
    results.filter((r) => r.change.kind === 'missing' && r.status === 'made').map((r) => r.change.check),
  );
  const answeredCategories = new Set(
    before.review.findings.filter((f) => answered.has(f.check)).map((f) => f.category),
  );
  const newClauseCategories = new Map(after.review.clauses.map((c) => [c.start, c.categories]));

  const silent: ClauseChange[] = [];
  const matchedNew = new Set(match.values());
  oldUnits.forEach((u, i) => {
    if (askedUnits.has(i)) return;
    const j = match.get(i);
    if (j === undefined) {
      silent.push({ type: 'removed', oldText: u.text, newText: null, start: u.start, end: u.end, numbersOnly: false });
      return;
    }
    const next = newUnits[j]!;
    if (next.key !== u.key) {
      silent.push({
        type: 'modified',
        oldText: u.text,
        newText: next.text,
        start: next.start,
        end: next.end,
        numbersOnly: next.shape === u.shape,
      });
    }
  });
  newUnits.forEach((u, j) => {
    if (matchedNew.has(j)) return;
    if ((newClauseCategories.get(u.start) ?? []).some((c) => answeredCategories.has(c))) return;
    silent.push({ type: 'added', oldText: null, newText: u.text, start: u.start, end: u.end, numbersOnly: false });
  });
  silent.sort((a, b) => a.start - b.start);

  return {
    asked: results,
    silent,
    countBefore: before.review.imbalance.count,
    countAfter: after.review.imbalance.count,
    missing: results.filter((r) => r.status === 'not-made').length,
    partly: results.filter((r) => r.status === 'partly-made').length,
  };
}
