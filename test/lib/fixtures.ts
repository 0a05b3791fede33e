/** Small Review objects for shell tests (the engine's output shape, without running it). */
import { SCHEMA_VERSION, type Finding, type Review, type Severity } from '../../rules/engine/types';

export function finding(over: Partial<Finding> = {}): Finding {
  return {
    check: 'NC-01', category: 'non-compete', severity: 'high', kind: 'risky', illegal: false,
    start: 0, end: 10, quote: 'quote', location: '', params: {}, title: 'Non-concurrence disproportionnée',
    explanation: '', basis: '', suggestion: '', id: `NC-01#${Math.random().toString(36).slice(2, 8)}`, dismissed: false,
    ...over,
  };
}

export function reviewOf(findings: Finding[], over: Partial<Review> = {}): Review {
  const counted = findings.filter((f) => !f.dismissed);
  const bySeverity: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  const byCategory: Review['imbalance']['byCategory'] = {};
  for (const f of counted) {
    bySeverity[f.severity]++;
    byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
  }
  return {
    schemaVersion: SCHEMA_VERSION, language: 'fr', role: 'provider', length: 5000, parties: [], sections: [],
    clauses: [], findings, notAContract: false,
    imbalance: { count: counted.length, bySeverity, byCategory, score: 0, combinations: [] },
    ...over,
  };
}
