/**
 * The imbalance count and score of RULES-CATALOG.md "Scoring notes": distinct findings the user has not
 * dismissed, H 3 / M 2 / L 1 points, +1 for a clause contrary to a mandatory rule, plus combination bonuses.
 */
import type { CheckId, Finding, Imbalance, Severity } from './types';

export const POINTS: Record<Severity, number> = { high: 3, medium: 2, low: 1 };
export const ILLEGAL_POINT = 1;

/** Catalog combinations: any check of `a` together with any check of `b` adds `bonus` once. */
export const COMBINATIONS: { a: CheckId[]; b: CheckId[]; bonus: number }[] = [
  { a: ['IP-02'], b: ['PY-01', 'PY-02', 'PY-03'], bonus: 2 }, // work handed over long before payment
  { a: ['NC-02'], b: ['LB-04'], bonus: 2 }, // non-solicitation with a heavy penalty
  { a: ['NC-04'], b: ['EM-01'], bonus: 2 }, // requalification risk + dependency
  { a: ['TR-01'], b: ['TR-04'], bonus: 2 }, // the client walks away free
];

export function score(findings: readonly Finding[]): Imbalance {
  const counted = new Map<string, Finding>();
  for (const f of findings) if (!f.dismissed && !counted.has(f.id)) counted.set(f.id, f);
  const bySeverity: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  const byCategory: Imbalance['byCategory'] = {};
  let points = 0;
  const checks = new Set<CheckId>();
  for (const f of counted.values()) {
    bySeverity[f.severity]++;
    byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
    points += POINTS[f.severity] + (f.illegal ? ILLEGAL_POINT : 0);
    checks.add(f.check);
  }
  const combinations: string[] = [];
  for (const c of COMBINATIONS) {
    const a = c.a.find((id) => checks.has(id));
    const b = c.b.find((id) => checks.has(id));
    if (a && b) {
      combinations.push(`${a}+${b}`);
      points += c.bonus;
    }
  }
  return { count: counted.size, bySeverity, byCategory, score: points, combinations };
}
