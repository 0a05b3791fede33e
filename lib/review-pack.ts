/**
 * A Review as it travels between extension processes and sits in session storage: one JSON string, with each
 * finding's prose (title, explanation, basis, suggestion, location, quote) in one table of distinct strings.
 * Chrome converts a message or a stored value object by object, so a review of a thousand findings costs
 * tens of milliseconds for each message, storage write and listener, where one string costs a copy; and a
 * contract repeats its findings' texts (a 50-page contract: 855 findings, 535 distinct strings; 1.3 MB of
 * JSON → 0.55 MB).
 */
import type { Finding, Review } from '../rules/engine/types';
import type { StoredTabReview, TabReview } from './storage';

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

/**
 * The packed text of each review packed here: the background packs a review for the frame and again for
 * storage. Reviews are never mutated once made. (Unpacked reviews are not entered: a page would keep the
 * text alive as long as its review.)
 */
const packedOf = new WeakMap<Review, PackedReview>();

export function packReview(review: Review): PackedReview {
  const known = packedOf.get(review);
  if (known) return known;
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
  const packed = JSON.stringify({ ...review, findings, strings } satisfies Packed) as PackedReview;
  packedOf.set(review, packed);
  return packed;
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

/** A stored tab entry with its review unpacked. */
export function fromStored(entry: StoredTabReview): TabReview;
export function fromStored(entry: StoredTabReview | undefined): TabReview | undefined;
export function fromStored(entry: StoredTabReview | undefined): TabReview | undefined {
  if (!entry?.review) return entry as TabReview | undefined;
  return { ...entry, review: unpackReview(entry.review) };
}

/** A tab entry as stored, its review packed. */
export function toStored(entry: TabReview): StoredTabReview {
  return entry.review ? { ...entry, review: packReview(entry.review) } : (entry as StoredTabReview);
}
