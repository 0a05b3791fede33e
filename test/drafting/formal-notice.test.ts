import { describe, expect, it } from 'vitest';
import { exportBlockers } from '../../drafting/export';
import {
  buildFormalNotice,
  deadlineDate,
  factsFromJournal,
  newFormalNotice,
  validateFormalNotice,
  type FormalNoticeForm,
} from '../../drafting/formal-notice';

const sender = { name: 'Camille Martin', company: 'CM Conseil', legalForm: 'SASU', siren: '123 456 789', address: '1 rue de la Paix\n75002 Paris', email: 'camille@example.test' };

function filledFr(over: Partial<FormalNoticeForm> = {}): FormalNoticeForm {
  const form = newFormalNotice({
    variant: 'mise-en-demeure',
    today: '2026-12-01',
    sender,
    contractTitle: 'Prestation ServiceNow',
    journal: [
      { date: '2026-06-30', type: 'refusal', note: 'refus du président de modifier le contrat' },
      { date: '2026-06-25', type: 'email', note: 'envoi de mes demandes de modification par courriel' },
    ],
  });
  return {
    ...form,
    place: 'Paris',
    recipient: { company: 'ACME SAS', representative: 'M. Jean Dupont, Président', address: '10 avenue de l’Europe\n69000 Lyon' },
    contract: { title: 'Prestation ServiceNow', date: '2026-05-02', reference: 'C-2026-17', clauses: 'l’article 6 (Paiement)' },
    breach: 'la facture n° 2026-041 du 30 septembre 2026, d’un montant de 12 000 € TTC, échue le 30 octobre 2026, reste impayée',
    demand: 'régler la somme de 12 000 € TTC au titre de la facture n° 2026-041',
    ...over,
  };
}

describe('formal notice (mise en demeure)', () => {
  it('follows the catalog skeleton in order with every required element', () => {
    const form = filledFr({ consequences: { suspension: true, termination: 'clause', terminationClause: 'l’article 14', court: true, latePayment: true } });
    const r = buildFormalNotice(form);
    if (!r.ok) throw new Error(r.missing.join());
    const b = r.draft.body;
    const order = [
      'Camille Martin\nCM Conseil, SASU\nSIREN : 123 456 789\n1 rue de la Paix',
      'ACME SAS\nÀ l’attention de M. Jean Dupont, Président',
      'Paris, le 1er décembre 2026',
      'Lettre recommandée avec accusé de réception\nCopie par courriel',
      'Objet : Mise en demeure de payer – Contrat « Prestation ServiceNow » – réf. C-2026-17',
      'Madame, Monsieur,',
      'conclu le 2 mai 2026 (référence C-2026-17)',
      'l’article 6 (Paiement)',
      '– le 25 juin 2026 : envoi de mes demandes',
      '– le 30 juin 2026 : refus du président',
      'Je constate le manquement suivant : la facture n° 2026-041',
      'article 1103 du Code civil',
      'article L441-10 du Code de commerce',
      'Par la présente, je vous mets en demeure de satisfaire à la demande suivante au plus tard le 9 décembre 2026, soit dans un délai de 8 jours',
      'régler la somme de 12 000 € TTC au titre de la facture n° 2026-041.',
      'je suspendrai l’exécution de mes prestations à compter du 10 décembre 2026, en application de l’article 1219 du Code civil',
      'clause résolutoire stipulée à l’article 14 du contrat',
      'article 1225 du Code civil',
      'je saisirai la juridiction compétente',
      'article 1344 du Code civil',
      'Sous toutes réserves et sans préjudice de tous autres droits et actions.',
      'Je vous prie d’agréer, Madame, Monsieur',
      'Pièces jointes :\n– Copie du contrat',
    ];
    const positions = order.map((s) => b.indexOf(s));
    expect(order.filter((s) => !b.includes(s))).toEqual([]);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    expect(r.draft.subject).toContain('Mise en demeure');
    expect(exportBlockers(r.draft)).toEqual([]);
  });

  it('cannot be produced while the breach, the demand or the deadline is empty', () => {
    expect(validateFormalNotice(filledFr())).toEqual([]);
    expect(buildFormalNotice(filledFr({ breach: '  ', demand: '', deadlineDays: null }))).toEqual({ ok: false, missing: ['breach', 'demand', 'deadline'] });
    expect(validateFormalNotice(filledFr({ deadlineDays: 7 }))).toEqual(['deadline']);
    expect(validateFormalNotice(filledFr({ deadlineDays: 16 }))).toEqual(['deadline']);
    expect(validateFormalNotice(filledFr({ deadlineDays: 15 }))).toEqual([]);
    expect(validateFormalNotice(filledFr({ date: '2026-13-01' }))).toEqual(['date']);
  });

  it('computes the deadline from the letter date across month and year ends', () => {
    expect(deadlineDate(filledFr({ date: '2026-12-28', deadlineDays: 8 }))).toBe('2027-01-05');
    const r = buildFormalNotice(filledFr({ date: '2026-12-28', deadlineDays: 15 }));
    expect(r.ok && r.draft.body).toContain('au plus tard le 12 janvier 2027, soit dans un délai de 15 jours');
  });

  it('marks with placeholders what the user must complete, which blocks export', () => {
    const form = newFormalNotice({ variant: 'mise-en-demeure', today: '2026-12-01' });
    const r = buildFormalNotice({ ...form, breach: 'le livrable n’a pas été validé', demand: 'signer le procès-verbal de recette' });
    if (!r.ok) throw new Error('should build');
    expect(exportBlockers(r.draft)).toEqual([
      'vos nom et prénom',
      'votre adresse',
      'société destinataire',
      'adresse du siège social ou adresse de notification du contrat',
      'lieu',
      'intitulé du contrat',
      'date du contrat',
      'articles du contrat invoqués',
      'chronologie des faits (dates, prestations, échanges)',
      'vos nom et prénom',
    ]);
    expect(r.draft.body).toContain('À l’attention de son représentant légal');
    // Only the consequences the user chose: court action by default, no suspension or termination.
    expect(r.draft.body).not.toContain('1219');
    expect(r.draft.body).not.toContain('1226');
  });

  it('states the express mention of art. 1226 when termination by notification is chosen', () => {
    const r = buildFormalNotice(filledFr({ consequences: { suspension: false, termination: 'notification', terminationClause: '', court: false, latePayment: false } }));
    expect(r.ok && r.draft.body).toContain('je serai en droit de résoudre le contrat par voie de notification, conformément à l’article 1226 du Code civil.');
  });

  it('lists the facts in date order, undated ones last, and names the notice "de payer" only for money claims', () => {
    const r = buildFormalNotice(filledFr({ facts: [{ date: '', note: 'relance orale' }, { date: '2026-10-02', note: 'relance écrite' }, { date: '2026-09-30', note: 'facture' }] }));
    if (!r.ok) throw new Error(r.missing.join());
    expect(r.draft.body).toContain('– le 30 septembre 2026 : facture\n– le 2 octobre 2026 : relance écrite\n– relance orale');
    expect(r.draft.subject).toBe('Mise en demeure – Contrat « Prestation ServiceNow » – réf. C-2026-17');
  });

  it('pre-fills the chronology from the journal, oldest first, skipping empty entries', () => {
    expect(factsFromJournal([
      { date: '2026-07-01', type: 'note', note: 'b' },
      { date: '2026-06-01', type: 'silence', note: '' },
      { date: '2026-05-01', type: '', note: ' ' },
    ])).toEqual([{ date: '2026-06-01', note: 'silence' }, { date: '2026-07-01', note: 'b' }]);
  });
});

describe('English formal notices', () => {
  function filledEn(variant: 'letter-before-claim' | 'notice-of-breach', over: Partial<FormalNoticeForm> = {}): FormalNoticeForm {
    return {
      ...newFormalNotice({ variant, today: '2026-12-20', sender: { name: 'Sam Lee', address: '1 High Street, London' } }),
      recipient: { company: 'Acme Ltd', representative: '', address: '2 King Street, Leeds' },
      contract: { title: 'Consulting', date: '2026-03-01', reference: '', clauses: 'clauses 6 and 14' },
      facts: [{ date: '2026-11-01', note: 'Invoice 41 for £8,000 fell due.' }],
      breach: 'invoice 41 remains unpaid',
      demand: 'pay £8,000 under invoice 41',
      ...over,
    };
  }

  it('letter before claim: heading, 14-day reply as a calendar date, ADR, Practice Direction, reservation', () => {
    const form = filledEn('letter-before-claim', { consequences: { suspension: false, termination: 'none', terminationClause: '', court: true, latePayment: true } });
    expect(form.deadlineDays).toBe(14);
    const r = buildFormalNotice(form);
    if (!r.ok) throw new Error(r.missing.join());
    const b = r.draft.body;
    expect(r.draft.lang).toBe('en');
    for (const s of [
      'LETTER BEFORE CLAIM',
      '20 December 2026',
      'By recorded delivery and by email',
      'Dear Sir or Madam,',
      'dated 1 March 2026',
      'I rely in particular on clauses 6 and 14.',
      '– 1 November 2026: Invoice 41',
      'The breach: invoice 41 remains unpaid.',
      'by 3 January 2027, that is within 14 days of the date of this letter',
      'Late Payment of Commercial Debts (Interest) Act 1998',
      'alternative dispute resolution',
      'issue proceedings',
      'Practice Direction – Pre-Action Conduct and Protocols',
      'all of which are reserved',
      'Yours faithfully,',
    ]) expect(b).toContain(s);
    expect(exportBlockers(r.draft)).toEqual([]);
    expect(validateFormalNotice({ ...form, deadlineDays: 10 })).toEqual(['deadline']);
    expect(validateFormalNotice({ ...form, breach: '', demand: '' })).toEqual(['breach', 'demand']);
  });

  it('notice of breach: cure period, what remedying means, consequences, no pre-action wording', () => {
    const r = buildFormalNotice(filledEn('notice-of-breach', { deadlineDays: 10, consequences: { suspension: true, termination: 'clause', terminationClause: 'clause 14.2', court: false, latePayment: false } }));
    if (!r.ok) throw new Error(r.missing.join());
    const b = r.draft.body;
    expect(b).toContain('NOTICE OF BREACH');
    expect(b).toContain('I give you notice under clauses 6 and 14 of the agreement "Consulting"');
    expect(b).toContain('remedy the breach by 30 December 2026, that is within 10 days');
    expect(b).toContain('I will suspend the services from 31 December 2026, to the extent the agreement permits;');
    expect(b).toContain('I will terminate the agreement under clause 14.2.');
    expect(b).not.toContain('Practice Direction');
  });
});
