/**
 * What the findings list shows: filtering (status, severity, text search) and grouping (by severity or by
 * category), as plain functions the components call and vitest tests without a DOM.
 */
import type { Category, Finding, Review, Severity } from '../../rules/engine/types';
import type { DocState } from '../../lib/storage';

export type GroupBy = 'severity' | 'category';
export type StatusFilter = 'open' | 'negotiated' | 'dismissed' | 'all';
export type Status = 'open' | 'negotiated' | 'dismissed';

export interface FindingFilter {
  status: StatusFilter;
  severity: Severity | 'all';
  query: string;
}

export const DEFAULT_FILTER: FindingFilter = { status: 'open', severity: 'all', query: '' };

export const SEVERITIES: Severity[] = ['high', 'medium', 'low'];

/** The user's decision wins over the review's flag (the review may predate the last decision). */
export function statusOf(finding: Finding, state: DocState): Status {
  if (finding.id in state.dismissed) return 'dismissed';
  if (state.negotiated.includes(finding.id)) return 'negotiated';
  return finding.dismissed ? 'dismissed' : 'open';
}

/** Case- and accent-insensitive. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function matchesFilter(finding: Finding, state: DocState, filter: FindingFilter, categoryLabel: (c: Category) => string): boolean {
  if (filter.status !== 'all' && statusOf(finding, state) !== filter.status) return false;
  if (filter.severity !== 'all' && finding.severity !== filter.severity) return false;
  const q = fold(filter.query.trim());
  if (!q) return true;
  const haystack = fold([finding.title, finding.quote, finding.location, finding.explanation, finding.suggestion, finding.check, categoryLabel(finding.category)].join(' '));
  return q.split(/\s+/).every((word) => haystack.includes(word));
}

export interface FindingGroup {
  key: Severity | Category;
  findings: Finding[];
}

/**
 * Groups in a stable order: severities high → low; categories by their worst finding then size. Within a group,
 * mandatory-rule points first, then document order.
 */
export function groupFindings(findings: readonly Finding[], by: GroupBy): FindingGroup[] {
  const sorted = [...findings].sort((a, b) => Number(b.illegal) - Number(a.illegal) || a.start - b.start);
  const map = new Map<Severity | Category, Finding[]>();
  for (const f of sorted) {
    const key = by === 'severity' ? f.severity : f.category;
    map.set(key, [...(map.get(key) ?? []), f]);
  }
  const groups = [...map].map(([key, list]) => ({ key, findings: list }));
  const worst = (g: FindingGroup) => Math.min(...g.findings.map((f) => SEVERITIES.indexOf(f.severity)));
  return by === 'severity'
    ? groups.sort((a, b) => SEVERITIES.indexOf(a.key as Severity) - SEVERITIES.indexOf(b.key as Severity))
    : groups.sort((a, b) => worst(a) - worst(b) || b.findings.length - a.findings.length);
}

/** Open findings left after the user's decisions, split by severity: what the header counts. */
export function openCount(review: Review, state: DocState): { count: number; bySeverity: Record<Severity, number> } {
  const bySeverity: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const f of review.findings) if (statusOf(f, state) !== 'dismissed') bySeverity[f.severity]++;
  return { count: bySeverity.high + bySeverity.medium + bySeverity.low, bySeverity };
}

export interface MapEntry {
  /** Index into review.sections, or -1 for clauses outside any section. */
  section: number;
  number: string;
  heading: string;
  level: number;
  categories: Category[];
  /** Open findings located in the section. */
  findings: number;
}

/** The clause map: every section with the categories of its clauses and the number of findings in it. */
export function clauseMap(review: Review, state: DocState): MapEntry[] {
  const entries: MapEntry[] = review.sections.map((s, i) => ({ section: i, number: s.number, heading: s.heading, level: s.level, categories: [], findings: 0 }));
  const add = (i: number, cats: Category[]) => {
    const e = entries[i];
    if (e) for (const c of cats) if (!e.categories.includes(c)) e.categories.push(c);
  };
  for (const clause of review.clauses) add(clause.section, clause.categories);
  for (const f of review.findings) {
    if (f.kind === 'missing' || statusOf(f, state) === 'dismissed') continue;
    // Innermost section containing the finding's start.
    let best = -1;
    review.sections.forEach((s, i) => {
      if (s.start <= f.start && f.start < s.end && (best < 0 || s.level >= review.sections[best]!.level)) best = i;
    });
    const e = entries[best];
    if (e) e.findings++;
  }
  return entries;
}
