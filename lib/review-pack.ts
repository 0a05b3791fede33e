/**
 * A Review as it travels between extension processes and sits in session storage: each finding's prose (title,
 * explanation, basis, suggestion, location, quote) in one table of distinct strings. A contract repeats its
 * findings' texts (a 50-page contract: 855 findings, 535 distinct strings; 1.3 MB of JSON → 0.55 MB), and every
 * byte is converted again for each message, storage write and storage listener.
 */
import type { Finding, Review } from '../rules/engine/types';

const TEXT_FIELDS = ['title', 'explanation', 'basis', 'suggestion', 'location', 'quote'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

export type PackedFinding = Omit<Finding, TextField> & {
  /** Indexes into PackedReview.strings, in TEXT_FIELDS order. */
  texts: number[];
};

export interface PackedReview extends Omit<Review, 'findings'> {
  packed: true;
  findings: PackedFinding[];
  strings: string[];
}

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
    const { title, explanation, basis, suggestion, location, quote, ...rest } = f;
    return { ...rest, texts: [title, explanation, basis, suggestion, location, quote].map(intern) };
  });
  return { ...review, packed: true, findings, strings };
}

export function unpackReview(packed: PackedReview): Review {
  const { packed: _packed, strings, findings, ...rest } = packed;
  return {
    ...rest,
    findings: findings.map(({ texts, ...f }) => {
      const out = { ...f } as Finding;
      TEXT_FIELDS.forEach((field, i) => (out[field] = strings[texts[i]!]!));
      return out;
    }),
  };
}
