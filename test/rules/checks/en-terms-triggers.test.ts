/** Triggers of the checks on English terms of service (role client) and contracts: what they must not take for their clause. */
import { describe, expect, it } from 'vitest';
import { review } from '../../../rules/review';

const hits = (check: string, text: string) => review(text, { language: 'en', role: 'client' }).findings.filter((f) => f.check === check);

describe('LB-02 in terms of service', () => {
  it('flags an exclusion, not the notice that some jurisdictions do not allow it', () => {
    expect(hits('LB-02', 'In no event shall we be liable for any indirect or consequential damages.')).toHaveLength(1);
    expect(hits('LB-02', 'Some jurisdictions do not allow the exclusion or limitation of liability for consequential or incidental damages, so the above limitation may not apply to you.')).toEqual([]);
  });

  it('reports indirect losses carried through an indemnity under indemnity', () => {
    const [f] = hits('LB-02', 'You agree to indemnify and hold us harmless from any claims, damages (actual and consequential) and losses arising from your use of the Service.');
    expect(f?.category).toBe('indemnity');
    expect(hits('LB-02', 'You shall be responsible for any consequential damages or loss of data you cause.')[0]?.category).toBe('liability');
  });
});

describe('DR-03 in terms of service', () => {
  it('flags imposed arbitration, not a survival list naming it', () => {
    expect(hits('DR-03', 'Any dispute will be resolved by binding arbitration.')).toHaveLength(1);
    expect(hits('DR-03', 'Sections on fees, binding arbitration and indemnities survive any termination of these Terms.')).toEqual([]);
  });
});

describe('TR-01 in terms of service', () => {
  it('reads "without restriction" as no power to restrict access', () => {
    expect(hits('TR-01', 'We may restrict your access to the Service at any time.')).toHaveLength(1);
    expect(hits('TR-01', 'We may without restriction assign or transfer this Agreement to an affiliate.')).toEqual([]);
    expect(hits('TR-01', 'We reserve the right to temporarily suspend the Service for maintenance, testing and repair of equipment.')).toEqual([]);
  });
});

describe('LB-04 in contracts', () => {
  const provider = (text: string) => review(text, { language: 'en', role: 'provider' }).findings.filter((f) => f.check === 'LB-04');
  it('flags a sum equal to months of fees due on breach, not a payment equal to a tax or an underpayment', () => {
    expect(provider("If Contractor breaches Section 8, Contractor shall pay Company an amount equal to six (6) months' fees.")).toHaveLength(1);
    expect(provider('In the event of any underpayment, Contractor shall pay to Company an amount equal to the amount of such underpayment.')).toEqual([]);
    expect(provider('The Master Franchise Agreement contains a liquidated damages clause.')).toEqual([]);
  });
});
