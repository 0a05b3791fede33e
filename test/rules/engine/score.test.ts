import { describe, expect, it } from 'vitest';
import { score } from '../../../rules/engine/score';
import type { CheckId, Finding, Severity } from '../../../rules/engine/types';

let n = 0;
function finding(check: CheckId, severity: Severity, extra: Partial<Finding> = {}): Finding {
  n++;
  return {
    check, category: 'payment', severity, kind: 'risky', illegal: false, start: n, end: n + 1, quote: `q${n}`,
    location: '', params: {}, title: '', explanation: '', basis: '', suggestion: '', id: `${check}-${n}`,
    dismissed: false, ...extra,
  };
}

describe('score', () => {
  it('counts distinct, non-dismissed findings by severity and category', () => {
    const a = finding('PY-01', 'high', { illegal: true });
    const r = score([a, { ...a }, finding('NC-01', 'medium', { category: 'non-compete' }), finding('OT-01', 'low', { dismissed: true })]);
    expect(r.count).toBe(2);
    expect(r.bySeverity).toEqual({ high: 1, medium: 1, low: 0 });
    expect(r.byCategory).toEqual({ payment: 1, 'non-compete': 1 });
    expect(r.score).toBe(3 + 1 + 2);
    expect(r.combinations).toEqual([]);
  });

  it('adds each catalog combination bonus once', () => {
    const r = score([
      finding('IP-02', 'high'), finding('PY-02', 'high'), finding('PY-03', 'high'),
      finding('NC-02', 'high'), finding('LB-04', 'medium'),
      finding('NC-04', 'medium'), finding('EM-01', 'high'),
      finding('TR-01', 'high'), finding('TR-04', 'low'),
    ]);
    expect(r.combinations).toEqual(['IP-02+PY-02', 'NC-02+LB-04', 'NC-04+EM-01', 'TR-01+TR-04']);
    expect(r.score).toBe(3 * 6 + 2 * 2 + 1 + 4 * 2);
  });

  it('ignores dismissed findings for combinations', () => {
    const r = score([finding('TR-01', 'high'), finding('TR-04', 'low', { dismissed: true })]);
    expect(r.combinations).toEqual([]);
    expect(r.score).toBe(3);
  });
});
