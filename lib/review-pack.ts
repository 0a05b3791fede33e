/**
 * A Review as it travels between extension processes and sits in session storage: one JSON string, with each
 * finding's prose (title, explanation, basis, suggestion, location, quote) in one table of distinct strings.
 * Chrome converts a message or a stored value object by object, so a review of a thousand findings costs
 * tens of milliseconds for each message, storage write and listener, where one string costs a copy; and a
 * contract repeats its findings' texts (a 50-page contract: 855 findings, 535 distinct strings; 1.3 MB of
 * JSON → 0.55 MB).
 */
import type { Finding, Review } from '../rules/engine/types';

const TEXT_FIELDS = ['title', 'explanation', 'basis', 'suggestion', 'location', 'quote'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** Each text field holds its index into `strings`. */
type PackedFinding = Omit<Finding, TextField> & Record<TextField, number>;

interface Packed extends Omit<Review, 'findings'> {
  findings: PackedFinding[];
  strings: string[];
}

/** JSON text of a packed review (see above); only unpackReview() reads it. */
export type PackedReview = string & { readonly packedReview: unique symbol };

export function packReview(review: Review): PackedReview {
  const index = new Map<string, number>();
  const strings: string[] = [];
  const intern = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.push(s) - 1;
      index.set(s, i);
    }
    return i;
  };
  const findings = review.findings.map((f) => {
    const slim = { ...f } as unknown as PackedFinding;
    for (const field of TEXT_FIELDS) slim[field] = intern(f[field]);
    return slim;
  });
  const packed: Packed = { ...review, findings, strings };
  return JSON.stringify(packed) as PackedReview;
}

export function unpackReview(text: PackedReview): Review {
  const { strings, ...review } = JSON.parse(text) as Packed;
  // In place: the parsed objects are ours, and a review can hold thousands of findings.
  for (const f of review.findings) {
    const unpacked = f as unknown as Record<TextField, string>;
    for (const field of TEXT_FIELDS) unpacked[field] = strings[f[field]]!;
  }
  return review as unknown as Review;
}
