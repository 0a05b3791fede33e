import { describe, expect, it } from 'vitest';
import { defineCheck, type CheckDefinition } from '../../../rules/engine/check';
import { findingId, review, reviewWith } from '../../../rules/review';

const text = { title: 'Titre {months} mois', explanation: 'Explication', basis: 'Base', suggestion: 'Suggestion' };
const en = { title: 'Title {months} months', explanation: 'Explanation', basis: 'Basis', suggestion: 'Suggestion' };
const none = { flagged: [], clean: [] };

const nonCompete = defineCheck({
  id: 'NC-01',
  category: 'non-compete',
  severity: 'medium',
  kind: 'risky',
  party: 'user-bound',
  thresholds: [{ name: 'nonCompeteMaxMonths', default: 12, unit: 'months', label: { fr: 'Durée max', en: 'Max length' } }],
  fr: { triggers: [/s'interdit/i], unless: [/concurrent direct nommé/i], text, examples: none },
  en: { triggers: [/shall not compete/i], text: en, examples: none },
  assess({ unit }, doc) {
    const months = Number(/(\d+) mois|(\d+) months/.exec(unit.text)?.slice(1).find(Boolean) ?? 0);
    if (months <= doc.threshold('nonCompeteMaxMonths')) return null;
    return { severity: months > 18 ? 'high' : 'medium', params: { months } };
  },
});
const termination = defineCheck({
  id: 'TR-01',
  category: 'termination',
  severity: 'high',
  kind: 'one-way',
  party: 'other-power',
  fr: { triggers: [/résilier/i], text, examples: none },
  en: { triggers: [/terminate/i], text: en, examples: none },
});
const latePenalties = defineCheck({
  id: 'PY-04',
  category: 'payment',
  severity: 'medium',
  kind: 'missing',
  party: 'any',
  fr: { triggers: [/renonce aux pénalités/i], present: [/pénalités de retard/i], text, examples: none },
  en: { triggers: [/waives? late fees/i], present: [/late fee/i], text: en, examples: none },
});
const noticeTR04 = defineCheck({
  id: 'TR-04',
  category: 'notice-period',
  severity: 'low',
  kind: 'risky',
  party: 'any',
  fr: { triggers: [/sans préavis/i], text, examples: none },
  en: { triggers: [/without notice/i], text: en, examples: none },
});
const meta = defineCheck({
  id: 'UB-02',
  category: 'unilateral-change',
  severity: 'high',
  kind: 'risky',
  party: 'any',
  fr: { text, examples: none },
  en: { text: en, examples: none },
  assessFindings: (findings) => (findings.length >= 2 ? { params: { months: findings.length } } : null),
});
const CHECKS: CheckDefinition[] = [nonCompete, termination, noticeTR04, latePenalties, meta];

const contract = [
  'ARTICLE 9 – NON-CONCURRENCE',
  '9.1 Le Prestataire s’interdit toute activité concurrente pendant 24 mois.',
  '',
  'Article 10 - Résiliation',
  'Le Client pourra résilier le contrat à tout moment, sans préavis.',
  'Les factures sont payables à 30 jours.',
].join('\n');

describe('reviewWith (engine core, synthetic checks)', () => {
  it('reports clause findings with exact original quotes and locations', () => {
    const r = reviewWith(CHECKS, contract, { language: 'fr' });
    const nc = r.findings.find((f) => f.check === 'NC-01')!;
    expect(nc.quote).toBe('Le Prestataire s’interdit toute activité concurrente pendant 24 mois.');
    expect(contract.slice(nc.start, nc.end)).toBe(nc.quote);
    expect(nc.location).toBe('Article 9.1 — Non-concurrence');
    expect(nc.severity).toBe('high');
    expect(nc.params).toEqual({ months: 24 });
    expect(nc.title).toBe('Titre 24 mois');
    expect(nc.id).toMatch(/^NC-01-[0-9a-z]+$/);
    const tr = r.findings.find((f) => f.check === 'TR-01')!;
    expect(tr.location).toBe('Article 10 — Résiliation');
    expect(tr.kind).toBe('one-way');
  });

  it('fires absence checks on documents of 3+ units only, and gives clause hits of missing checks kind risky', () => {
    const r = reviewWith(CHECKS, contract, { language: 'fr' });
    expect(r.findings.find((f) => f.check === 'PY-04')).toMatchObject({ kind: 'missing', start: 0, end: 0, quote: '' });
    const single = reviewWith(CHECKS, 'Les factures sont payables à 30 jours.', { language: 'fr' });
    expect(single.findings.filter((f) => f.check === 'PY-04')).toEqual([]);
    const waiver = reviewWith(CHECKS, 'Le Prestataire renonce aux pénalités de retard.', { language: 'fr' });
    expect(waiver.findings.find((f) => f.check === 'PY-04')?.kind).toBe('risky');
  });

  it('applies unless, party filters, mutual wording and mirrors', () => {
    const fr = (t: string, role?: 'provider' | 'client') => reviewWith(CHECKS, t, { language: 'fr', role }).findings.map((f) => f.check);
    expect(fr('Le Prestataire s’interdit toute activité pendant 24 mois sauf pour un concurrent direct nommé.')).not.toContain('NC-01');
    expect(fr('Le Client s’interdit toute activité concurrente pendant 24 mois.')).not.toContain('NC-01');
    expect(fr('Le Client s’interdit toute activité concurrente pendant 24 mois.', 'client')).toContain('NC-01');
    expect(fr('Le Client pourra résilier à tout moment.')).toContain('TR-01');
    expect(fr('Le Prestataire pourra résilier à tout moment.')).not.toContain('TR-01');
    expect(fr('Chacune des Parties pourra résilier à tout moment.')).not.toContain('TR-01');
    expect(fr('Le Client pourra résilier à tout moment. Le Prestataire pourra résilier avec un préavis d’un mois.')).not.toContain('TR-01');
    expect(reviewWith(CHECKS, 'The Company may terminate at any time.', { language: 'en' }).findings.map((f) => f.check)).toContain('TR-01');
    expect(reviewWith(CHECKS, 'Either Party may terminate at any time.', { language: 'en' }).findings.map((f) => f.check)).not.toContain('TR-01');
  });

  it('takes for a one-way mirror only a unit that matches the same check, not any unit of its category', () => {
    const fr = (t: string) => reviewWith(CHECKS, t, { language: 'fr' }).findings.map((f) => f.check);
    // The second sentence is a termination clause bound to the user, not the same right for the user.
    expect(fr('Le Client pourra résilier le contrat à tout moment. Le Prestataire ne pourra pas mettre fin au contrat avant son terme.')).toContain('TR-01');
    expect(fr('Le Client pourra résilier le contrat à tout moment. Le Prestataire pourra résilier le contrat sur préavis.')).not.toContain('TR-01');
  });

  it('runs meta checks last over the other findings', () => {
    const r = reviewWith(CHECKS, contract, { language: 'fr' });
    const ub = r.findings.find((f) => f.check === 'UB-02')!;
    expect(ub).toMatchObject({ start: 0, end: 0, quote: '', kind: 'risky' });
    expect(r.findings.at(-1)).toBe(ub);
  });

  it('honours thresholds, dismissed findings and disabled categories', () => {
    expect(reviewWith(CHECKS, contract, { language: 'fr', thresholds: { nonCompeteMaxMonths: 36 } }).findings.map((f) => f.check)).not.toContain('NC-01');
    const first = reviewWith(CHECKS, contract, { language: 'fr' });
    const id = first.findings.find((f) => f.check === 'NC-01')!.id;
    const dismissed = reviewWith(CHECKS, contract, { language: 'fr', dismissed: [id] });
    expect(dismissed.findings.find((f) => f.id === id)?.dismissed).toBe(true);
    expect(dismissed.imbalance.count).toBe(first.imbalance.count - 1);
    const off = reviewWith(CHECKS, contract, { language: 'fr', disabledCategories: ['termination'] });
    expect(off.findings.map((f) => f.check)).not.toContain('TR-01');
  });

  it('scores with combination bonuses (TR-01 + TR-04)', () => {
    const r = reviewWith(CHECKS, contract, { language: 'fr' });
    expect(r.imbalance.combinations).toEqual(['TR-01+TR-04']);
    const points = r.findings.reduce((s, f) => s + { high: 3, medium: 2, low: 1 }[f.severity] + (f.illegal ? 1 : 0), 0);
    expect(r.imbalance.score).toBe(points + 2);
  });

  it('folds case, punctuation and spacing in finding ids', () => {
    expect(findingId('NC-01', '« Le  Client », paie — vite.')).toBe(findingId('NC-01', 'le client paie vite'));
    expect(findingId('NC-01', 'le client paie')).not.toBe(findingId('NC-01', 'le client paye'));
    expect(findingId('NC-01', 'le client paie')).not.toBe(findingId('NC-02', 'le client paie'));
    expect(findingId('NC-01', 'leclient')).not.toBe(findingId('NC-01', 'le client'));
    expect(findingId('PY-04', '')).toBe('PY-04-doc');
  });

  it('keeps finding ids stable across reformatting', () => {
    const a = reviewWith(CHECKS, 'Le Prestataire s’interdit toute activité concurrente pendant 24 mois.', { language: 'fr' });
    const b = reviewWith(CHECKS, 'Intro.\n\n  Le Prestataire s\'interdit toute activité\nconcurrente pendant  24 mois.', { language: 'fr' });
    expect(a.findings[0]!.id).toBe(b.findings.find((f) => f.check === 'NC-01')!.id);
  });
});

describe('actors in the pipeline', () => {
  const probe = defineCheck({
    id: 'NC-03',
    category: 'non-solicitation',
    severity: 'low',
    kind: 'risky',
    party: 'any',
    fr: { triggers: [/solliciter|embaucher|débaucher/], text, examples: none },
    en: { triggers: [/solicit|hire/], text: en, examples: none },
    assess: ({ unit }, doc) => ({
      params: { actor: unit.actor, mirror: doc.hasMirror(unit), mirrorPattern: doc.hasMirror(unit, /embaucher/) },
    }),
  });
  const params = (t: string, role: 'provider' | 'client' = 'provider') =>
    reviewWith([probe], t, { language: 'fr', role }).findings.map((f) => f.params);

  it('gives list items the subject of their lead-in', () => {
    expect(params("Le Prestataire s'interdit :\n• de solliciter les clients ;\n• de débaucher le personnel.").map((p) => p.actor)).toEqual(['user', 'user']);
  });

  it('reads a pronoun subject as the previous sentence\'s subject', () => {
    expect(params("Le Prestataire est indépendant. Il s'interdit de solliciter les clients.").map((p) => p.actor)).toEqual(['user']);
    expect(params("Le contrat est signé. Il s'interdit de solliciter les clients.").map((p) => p.actor)).toEqual(['unknown']);
  });

  it('finds mirrors by category or by pattern, from the other side', () => {
    expect(params("Le Prestataire s'interdit de solliciter le personnel du Client. Le Client s'interdit de solliciter le personnel du Prestataire.")).toEqual([
      { actor: 'user', mirror: true, mirrorPattern: false },
      { actor: 'other', mirror: true, mirrorPattern: false },
    ]);
    expect(params("Le Prestataire s'interdit de solliciter le personnel du Client. Le Client s'interdit d'embaucher le personnel du Prestataire.")[0]).toEqual(
      { actor: 'user', mirror: true, mirrorPattern: true },
    );
    expect(params("Le Prestataire s'interdit de solliciter le personnel du Client.", 'client')[0]).toEqual({ actor: 'other', mirror: false, mirrorPattern: false });
  });
});

describe('DocView caches', () => {
  it('computes mentions and memo values once per review', () => {
    let scans = 0;
    let memos = 0;
    const probe = defineCheck({
      ...termination,
      id: 'TR-02',
      kind: 'risky',
      party: 'any',
      assess(_c, doc) {
        const re = /tout moment/;
        const original = re.test.bind(re);
        re.test = (s: string) => (scans++, original(s));
        doc.mentions(re);
        doc.mentions(re);
        const v = doc.memo('k', () => ++memos);
        return { params: { months: v } };
      },
    });
    const r = reviewWith([probe], 'Le Client pourra résilier à tout moment. Le Client pourra résilier demain.', { language: 'fr' });
    expect(r.findings).toHaveLength(2);
    expect(memos).toBe(1);
    expect(scans).toBe(2); // a fresh RegExp per assess call, each scanned once
  });
});

describe('review (catalog checks)', () => {
  it('returns a versioned review with every field', () => {
    const r = review(contract);
    expect(r.schemaVersion).toBe(1);
    expect(r.language).toBe('fr');
    expect(r.role).toBe('provider');
    expect(r.length).toBe(contract.length);
    expect(r.sections.map((s) => s.number)).toEqual(['9', '9.1', '10']);
    for (const f of r.findings) expect(contract.slice(f.start, f.end)).toBe(f.quote);
  });

  it('says when a text is not a contract', () => {
    expect(review('Bonjour, voici le lien.').notAContract).toBe(true);
    expect(review('').findings).toEqual([]);
  });

  it('reports no missing protection in a long text that is not a contract', () => {
    const recipe =
      'Tarte aux pommes de grand-mère.\n\nPréchauffez le four à 180 degrés. Étalez la pâte brisée dans un moule beurré.\n\n' +
      'Épluchez six pommes, coupez-les en fines lamelles et disposez-les en rosace sur la pâte.\n\n' +
      'Saupoudrez de sucre vanillé et enfournez pendant trente-cinq minutes. Servez tiède avec une boule de glace.';
    const r = review(recipe);
    expect(r.findings).toEqual([]);
    expect(r.notAContract).toBe(true);
  });
});

describe('review: offsets on arbitrary input (property)', () => {
  it('never throws and every offset points into the original text', () => {
    const pieces = [
      'Le Prestataire s’interdit toute activité concurrente pendant 24 mois. ', 'Le Client pourra résilier à tout moment.',
      'ARTICLE 5 – DURÉE\n', '5.2 ', '• ', 'a) ', '\r\n', '\n\n', '\u00a0', 'respon-\nsabilité ', 'ﬁnal ', '« le Client » ',
      'The Company may terminate this Agreement without notice. ', '(the “Contractor”) ', 'net 90 ', 'x', '  ', '\u200b', '😀',
    ];
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let run = 0; run < 40; run++) {
      let text = '';
      const len = rand(30);
      for (let i = 0; i < len; i++) text += pieces[rand(pieces.length)]!;
      const r = review(text);
      expect(r.length).toBe(text.length);
      for (const f of r.findings) {
        expect(text.slice(f.start, f.end)).toBe(f.quote);
        if (f.kind !== 'missing' && f.quote) expect(f.quote.trim()).toBe(f.quote);
      }
      for (const c of r.clauses) {
        expect(0 <= c.start && c.start < c.end && c.end <= text.length).toBe(true);
        expect(c.section).toBeLessThan(r.sections.length);
      }
      for (const s of r.sections) expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
    }
  });

  it('maps a clause to a check category through its finding, not through a trigger that `unless` rejects', () => {
    const insured = defineCheck({
      id: 'OT-02',
      category: 'insurance',
      severity: 'low',
      kind: 'risky',
      party: 'any',
      fr: { triggers: [/zorglub/i], unless: [/sauf accord/i], text, examples: none },
      en: { triggers: [/zorglub/i], text: en, examples: none },
    });
    const map = (t: string) => reviewWith([insured], t, { language: 'fr' }).clauses.flatMap((c) => c.categories);
    expect(map('Le Prestataire fera zorglub.')).toEqual(['insurance']);
    expect(map('Le Prestataire fera zorglub sauf accord.')).toEqual([]);
  });
});
