import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SavedVersion, TabReview } from '../../../lib/storage';
import { review } from '../../../rules/review';
import { askedFrom } from '../../../tracking/versions';

/** The text of test/fixtures/tracking/v1.html or v2.html, one paragraph per heading or paragraph. */
export function contractText(version: 'v1' | 'v2'): string {
  const html = readFileSync(join(import.meta.dirname, `../../fixtures/tracking/${version}.html`), 'utf8');
  return [...html.matchAll(/<(h1|h2|p)>(.*?)<\/\1>/g)].map((m) => m[2]!.replace(/&amp;/g, '&')).join('\n\n');
}

export const DOC_V1 = 'http://127.0.0.1/fixtures/tracking/v1.html';
export const DOC_V2 = 'http://127.0.0.1/fixtures/tracking/v2.html';

export function tabEntry(version: 'v1' | 'v2'): TabReview & { review: NonNullable<TabReview['review']> } {
  const text = contractText(version);
  const docKey = version === 'v1' ? DOC_V1 : DOC_V2;
  return { status: 'reviewed', docKey, url: docKey, title: `Contrat ${version}`, source: 'page', review: review(text), text, updatedAt: 1 };
}

/** The three changes asked on v1: payment term, non-compete, liability (v2 makes the first two). */
export const ASKED_CHECKS = ['PY-01', 'NC-01', 'LB-02'];

export function savedV1(extra: Partial<SavedVersion> = {}): SavedVersion {
  const entry = tabEntry('v1');
  return {
    id: 'v1-id',
    docKey: DOC_V1,
    title: entry.title,
    url: entry.url,
    client: 'Globex',
    mission: 'Refonte',
    label: 'Négociée',
    savedAt: Date.UTC(2026, 2, 1),
    text: entry.text!,
    review: entry.review,
    asked: askedFrom(entry.review.findings.filter((f) => ASKED_CHECKS.includes(f.check))),
    ...extra,
  };
}
