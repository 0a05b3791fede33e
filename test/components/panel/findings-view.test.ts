import { describe, expect, it } from 'vitest';
import { emptyDocState } from '../../../lib/review-state';
import { clauseMap, DEFAULT_FILTER, groupFindings, matchesFilter, openCount, statusOf } from '../../../components/panel/findings-view';
import { FR_FINDINGS } from '../../drafting/fixtures';
import { frReview } from './fixtures';

const label = (c: string) => ({ payment: 'Paiement', liability: 'Responsabilité' })[c] ?? c;

describe('findings view', () => {
  it('derives the status from the user decisions', () => {
    const state = { ...emptyDocState(), dismissed: { 'NC-01#a': 'accepté' }, negotiated: ['PY-01#b'] };
    expect(FR_FINDINGS.map((f) => statusOf(f, state))).toEqual(['dismissed', 'negotiated', 'open', 'open']);
    expect(openCount(frReview(), state)).toEqual({ count: 3, bySeverity: { high: 2, medium: 0, low: 1 } });
  });

  it('filters by status, severity and an accent-insensitive multi-word search (title, quote, category label)', () => {
    const state = { ...emptyDocState(), negotiated: ['PY-01#b'] };
    const ids = (filter: Partial<typeof DEFAULT_FILTER>) =>
      FR_FINDINGS.filter((f) => matchesFilter(f, state, { ...DEFAULT_FILTER, ...filter }, label)).map((f) => f.id);
    expect(ids({})).toEqual(['NC-01#a', 'DR-01#c', 'LB-01#d']);
    expect(ids({ status: 'negotiated' })).toEqual(['PY-01#b']);
    expect(ids({ status: 'all', severity: 'high' })).toEqual(['PY-01#b', 'LB-01#d']);
    expect(ids({ status: 'all', query: 'RESPONSABILITE illimitee' })).toEqual(['LB-01#d']);
    expect(ids({ status: 'all', query: 'paiement' })).toEqual(['PY-01#b']);
    expect(ids({ query: 'introuvable' })).toEqual([]);
  });

  it('groups by severity high → low and by category worst first, mandatory-rule points first', () => {
    expect(groupFindings(FR_FINDINGS, 'severity').map((g) => [g.key, g.findings.map((f) => f.id)])).toEqual([
      ['high', ['PY-01#b', 'LB-01#d']],
      ['medium', ['NC-01#a']],
      ['low', ['DR-01#c']],
    ]);
    expect(groupFindings(FR_FINDINGS, 'category').map((g) => g.key)).toEqual(['payment', 'liability', 'non-compete', 'amicable-resolution']);
  });

  it('maps sections to their categories and to the findings in their innermost section', () => {
    const map = clauseMap(frReview(), emptyDocState());
    expect(map.map((e) => [e.number, e.categories, e.findings])).toEqual([
      ['11', ['liability'], 1],
      ['9', [], 0],
      ['9.2', ['non-compete', 'confidentiality'], 1],
      ['6', ['payment'], 1],
    ]);
    const dismissed = clauseMap(frReview(), { ...emptyDocState(), dismissed: { 'PY-01#b': '' } });
    expect(dismissed[3]!.findings).toBe(0);
  });
});
