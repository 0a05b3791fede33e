/** UB-01 and DR-03 report a narrower category (and UB-01 its variant's texts) for consumer-terms clauses. */
import { describe, expect, it } from 'vitest';
import { review } from '../../../rules/review';
import type { Lang } from '../../../rules/engine/types';

function only(check: string, text: string, language: Lang) {
  const hits = review(text, { language, role: 'client' }).findings.filter((f) => f.check === check);
  expect(hits, `one ${check} finding in: ${text}`).toHaveLength(1);
  return hits[0]!;
}

describe('UB-01 variants', () => {
  it('reports removal of the user content as content-removal, with its own texts', () => {
    const en = only('UB-01', 'We may remove any User Content at our sole discretion and without notice.', 'en');
    expect(en.category).toBe('content-removal');
    expect(en.title).toBe('Your content can be removed at their discretion');
    expect(en.severity).toBe('high');
    const fr = only('UB-01', "La Société pourra supprimer tout contenu publié par l'Utilisateur.", 'fr');
    expect(fr.category).toBe('content-removal');
    expect(fr.title).toContain('Suppression de vos contenus');
  });

  it('reports acceptance by mere use as acceptance, even when the user is the subject', () => {
    const en = only('UB-01', 'By using the Service, you agree to be bound by these Terms.', 'en');
    expect(en.category).toBe('acceptance');
    expect(en.title).toBe('Bound by mere use of the service');
    const fr = only('UB-01', "La simple navigation sur le site emporte acceptation des présentes conditions.", 'fr');
    expect(fr.category).toBe('acceptance');
    expect(fr.basis).toContain('C. civ. 1119');
  });

  it('keeps unilateral changes under unilateral-change with the default texts', () => {
    const en = only('UB-01', 'We may modify these Terms at any time without prior notice.', 'en');
    expect(en.category).toBe('unilateral-change');
    expect(en.title).toBe('Unilateral changes to the contract');
  });

  it('stays silent when the user removes their own content', () => {
    const hits = review('You may delete your content at any time.', { language: 'en', role: 'client' }).findings;
    expect(hits.filter((f) => f.check === 'UB-01')).toEqual([]);
  });
});

describe('DR-03 categories', () => {
  it('reports imposed arbitration as arbitration and a chosen law as governing-law', () => {
    expect(only('DR-03', 'Any dispute will be determined by mandatory binding individual arbitration.', 'en').category).toBe('arbitration');
    expect(only('DR-03', 'These Terms are governed by the laws of the State of New York.', 'en').category).toBe('governing-law');
    expect(only('DR-03', 'Le présent contrat est régi par le droit luxembourgeois.', 'fr').category).toBe('governing-law');
    expect(only('DR-03', 'Tout litige sera tranché définitivement par voie d\'arbitrage.', 'fr').category).toBe('arbitration');
  });
});

describe('TR-01 in terms of service', () => {
  it("flags the service's power to end the user's account even when the sentence opens with 'you'", () => {
    const f = only('TR-01', 'You agree that we may, at our sole discretion, suspend or terminate your access to the Service for any reason.', 'en');
    expect(f.category).toBe('termination');
    only('TR-01', 'Nous pourrons suspendre votre compte en cas de comportement contraire aux présentes.', 'fr');
    only('TR-01', 'Posting such content may result in immediate termination or suspension of your account.', 'en');
    only('TR-01', 'We may stop providing the Service to you or to users generally.', 'en');
  });

  it("stays silent on the user's own right to close the account, and on a freelance client's right for breach", () => {
    const own = review('You may close your account at any time from the settings page.', { language: 'en', role: 'client' }).findings;
    expect(own.filter((f) => f.check === 'TR-01')).toEqual([]);
    const breach = review('The Client may terminate this Agreement if the Contractor fails to cure a breach within 30 days.', { language: 'en', role: 'provider' }).findings;
    expect(breach.filter((f) => f.check === 'TR-01')).toEqual([]);
  });
});

describe('LB-02 in terms of service', () => {
  it("flags the service's cap or exclusion whoever opens the sentence", () => {
    only('LB-02', "In no event will the Company's total liability arising out of these Terms exceed the amounts you paid in the last six months.", 'en');
    only('LB-02', 'IN NO EVENT WILL THE COMPANY BE LIABLE TO YOU OR ANY THIRD PARTY CLAIMING THROUGH YOU FOR INDIRECT DAMAGES.', 'en');
    only('LB-02', 'You agree not to hold the Company liable for any interruption of the Service.', 'en');
  });

  it('leaves third-party disclaimers and the user not being liable alone', () => {
    for (const text of [
      'We are not responsible for the content of third-party websites linked from the Service.',
      'You will not be liable for any loss caused by our failure to secure the Service.',
    ]) {
      const hits = review(text, { language: 'en', role: 'client' }).findings.filter((f) => f.check === 'LB-02');
      expect(hits, text).toEqual([]);
    }
  });
});
