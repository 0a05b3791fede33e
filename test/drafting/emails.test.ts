import { describe, expect, it } from 'vitest';
import { buildBeforeSignatureReply } from '../../drafting/before-signature';
import { buildNegotiationEmail } from '../../drafting/negotiation';
import { exportBlockers } from '../../drafting/export';
import type { Draft } from '../../drafting/types';
import { EN_FINDINGS, FR_FINDINGS } from './fixtures';

const sender = { name: 'Camille Martin', company: 'CM Conseil', email: 'camille@example.test', phone: '06 00 00 00 00' };

function ok(result: { ok: true; draft: Draft } | { ok: false; missing: string[] }): Draft {
  if (!result.ok) throw new Error(`missing ${result.missing.join(',')}`);
  return result.draft;
}

describe('negotiation email', () => {
  const fr = ok(buildNegotiationEmail({ lang: 'fr', findings: FR_FINDINGS, today: '2026-06-25', sender, recipientName: 'Madame Durand', contractTitle: 'Mission ServiceNow' }));

  it('has a subject, a friendly opening, the ranked points with tier headings and a close', () => {
    expect(fr.subject).toBe('Contrat « Mission ServiceNow » – propositions d’ajustements avant signature');
    expect(fr.body.startsWith('Bonjour Madame Durand,\n\nJe vous remercie pour l’envoi du contrat « Mission ServiceNow »')).toBe(true);
    const order = ['A. Mise en conformité', '1. Article 6 — Paiement', 'B. Points essentiels', '2. Article 11', 'C. Autres ajustements', '3. Article 9.2', '4. Clause absente'];
    const positions = order.map((s) => fr.body.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('gives per point a quote of at most 160 characters, the impact in one sentence, the replacement and the basis', () => {
    const block = fr.body.slice(fr.body.indexOf('1. Article 6'), fr.body.indexOf('B. Points'));
    const quote = /Clause actuelle : « (.*) »/.exec(block)![1]!;
    expect(quote.length).toBeLessThanOrEqual(160);
    expect(quote.endsWith('…')).toBe(true);
    expect(block).toContain('Conséquence : Un délai de 90 jours dépasse le plafond légal.\n');
    expect(block).not.toContain('Votre trésorerie');
    expect(block).toContain('Proposition : Paiement à 30 jours à compter de la date d’émission de la facture.');
    expect(block).toContain('Justification : Art. L441-10 C. com.');
    const missing = fr.body.slice(fr.body.indexOf('4. Clause absente'));
    expect(missing).not.toContain('Clause actuelle');
    expect(missing).toContain('Proposition d’ajout : Ajouter');
    // The explanation speaks to the freelancer ("vous"); in the email it is the freelancer speaking.
    expect(fr.body).toContain('Conséquence : Je ne pourrai plus travailler dans mon domaine pendant deux ans.');
    expect(fr.body).toContain('Conséquence : Un seul incident peut me ruiner.');
  });

  it('proposes a 20-minute call and a reply-by date (default five days, across the month end)', () => {
    expect(fr.body).toContain('court appel de 20 minutes');
    expect(fr.body).toContain('d’ici le 30 juin 2026 ?');
    expect(fr.body).toMatch(/Bien cordialement,\n\nCamille Martin\nCM Conseil\n06 00 00 00 00 · camille@example.test$/);
    expect(exportBlockers(fr)).toEqual([]);
  });

  it('writes English, puts a placeholder for the missing name that blocks export, and needs findings', () => {
    const en = ok(buildNegotiationEmail({ lang: 'en', findings: EN_FINDINGS, today: '2026-12-29', replyBy: '2027-01-04', sender: {} }));
    expect(en.subject).toBe('Services agreement – proposed amendments before signature');
    expect(en.body).toContain('Hello,');
    expect(en.body.indexOf('Clause 6 — Payment')).toBeLessThan(en.body.indexOf('Clause 9 — Non-compete'));
    expect(en.body).toContain('Current wording: "Invoices are payable 120 days after approval by the End Client."');
    expect(en.body).toContain('20-minute call');
    expect(en.body).toContain('by 4 January 2027?');
    expect(exportBlockers(en)).toEqual(['your full name']);
    expect(buildNegotiationEmail({ lang: 'en', findings: [], today: '2026-12-29', sender })).toEqual({ ok: false, missing: ['findings'] });
  });

  it('letters the tier headings in the order shown and puts titles in the first person too', () => {
    const legal = FR_FINDINGS.filter((f) => !f.illegal).map((f) => (f.id === 'LB-01#d' ? { ...f, title: 'Responsabilité illimitée pour vous' } : f));
    const body = ok(buildNegotiationEmail({ lang: 'fr', findings: legal, today: '2026-06-25', sender })).body;
    expect(body).toContain('A. Points essentiels\n\n1. Article 11 — Responsabilité – Responsabilité illimitée pour moi');
    expect(body).toContain('B. Autres ajustements souhaités');
    expect(body).not.toContain('C. ');
  });
});

describe('"written before signature" reply', () => {
  it('is polite and firm, lists the agreed changes and asks for the corrected contract before signing', () => {
    const fr = ok(buildBeforeSignatureReply({ lang: 'fr', findings: FR_FINDINGS.slice(0, 2), today: '2026-07-03', meetingDate: '2026-07-02', sender, contractTitle: 'Mission ServiceNow' }));
    expect(fr.subject).toContain('modifications convenues avant signature');
    expect(fr.body).toContain('notre échange du 2 juillet 2026');
    expect(fr.body).toContain('par avenant');
    expect(fr.body).toContain('figurent dans le contrat lui-même avant sa signature');
    expect(fr.body).toContain('1. Article 6 — Paiement : Paiement à 30 jours');
    expect(fr.body).toContain('2. Article 9.2 — Non-concurrence : Limiter la non-concurrence');
    expect(fr.body).toContain('m’adresser la version corrigée du contrat');
    const en = ok(buildBeforeSignatureReply({ lang: 'en', findings: EN_FINDINGS, today: '2026-07-03', sender }));
    expect(en.body).toContain('written into the agreement itself before it is signed');
    expect(en.body).toContain('send me the corrected agreement');
    expect(en.body).toContain('1. Clause 6 — Payment: Invoices are payable within 30 days');
    expect(buildBeforeSignatureReply({ lang: 'fr', findings: [], today: '2026-07-03', sender }).ok).toBe(false);
  });
});
