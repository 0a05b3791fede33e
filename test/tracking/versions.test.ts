import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { review } from '../../rules/review';
import { askedFrom, clauseKey, compareVersions, type ReviewedText } from '../../tracking/versions';

const sample = (name: string) => readFileSync(new URL(`../../examples/${name}.txt`, import.meta.url), 'utf8');
const reviewed = (text: string): ReviewedText => ({ text, review: review(text) });

function replaceOnce(text: string, from: string, to: string): string {
  expect(text, `sample lacks: ${from}`).toContain(from);
  return text.replace(from, to);
}

/** Every "ARTICLE n" of the French sample becomes "ARTICLE n+1" (with its sub-clauses and cross-references). */
function renumberFrench(text: string): string {
  return text
    .replace(/ARTICLE (\d+)/g, (_, n: string) => `ARTICLE ${Number(n) + 1}`)
    .replace(/^(\d+)\.(\d+) /gm, (_, a: string, b: string) => `${Number(a) + 1}.${b} `)
    .replace(/l'article (\d+)\.(\d+)/g, (_, a: string, b: string) => `l'article ${Number(a) + 1}.${b}`);
}

describe('clauseKey', () => {
  it('folds numbering, cross-references, case, quotes and spacing', () => {
    expect(clauseKey("9.2 Le Prestataire s’interdit,  en cas de manquement à l'article 9.2, de…")).toBe(
      clauseKey("10.2 le Prestataire s'interdit, en cas de manquement à l'article 10.2, de…"),
    );
    expect(clauseKey('ARTICLE V – CONFIDENTIALITÉ')).toBe(clauseKey('Article 7 - Confidentialité'));
    expect(clauseKey('(b) Contractor shall keep records.')).toBe(clauseKey('c) Contractor shall keep records.'));
    expect(clauseKey('Payment within 30 days.')).not.toBe(clauseKey('Payment within 60 days.'));
  });
});

describe('compareVersions', () => {
  it('reports renumbered and moved clauses as unchanged', () => {
    const v1 = sample('fr-unbalanced');
    const moved = replaceOnce(
      renumberFrench(v1),
      "ARTICLE 13 – CESSION\n\nLe Client pourra céder le présent contrat à toute société de son groupe. Le Prestataire ne pourra céder ni sous-traiter tout ou partie du contrat sans l'accord préalable écrit du Client.\n\n",
      '',
    ).replace(
      'ARTICLE 2 – OBJET',
      "ARTICLE 13 – CESSION\n\nLe Client pourra céder le présent contrat à toute société de son groupe. Le Prestataire ne pourra céder ni sous-traiter tout ou partie du contrat sans l'accord préalable écrit du Client.\n\nARTICLE 2 – OBJET",
    );
    const result = compareVersions(reviewed(v1), reviewed(moved), []);
    expect(result.silent).toEqual([]);
    expect(result.countAfter).toBe(result.countBefore);
  });

  it('finds which asked changes were made, not made or partly made, and what changed silently (French)', () => {
    const v1 = sample('fr-unbalanced');
    const before = reviewed(v1);
    const pick = (check: string) => before.review.findings.find((f) => f.check === check)!;
    const asked = askedFrom([pick('NC-01'), pick('PY-01'), pick('CF-01'), pick('NC-02'), pick('DR-01')]);

    let v2 = renumberFrench(v1);
    // Made: the non-compete is narrowed to 6 months in one region.
    v2 = replaceOnce(
      v2,
      "toute activité concurrente ou similaire à celle du Client, sur le territoire de l'Union européenne, pendant une durée de vingt-quatre (24) mois",
      'toute activité concurrente auprès des concurrents directs du Client nommés en annexe, en région Île-de-France, pendant une durée de six (6) mois',
    );
    // Made: the payment term is brought back to the legal cap.
    v2 = replaceOnce(v2, 'payables à soixante (60) jours fin de mois à compter de la réception de la facture', 'payables à trente (30) jours à compter de leur date d\'émission');
    // Partly made: the non-solicitation is shortened but still runs 18 → 15 months, over the 12-month threshold.
    v2 = replaceOnce(v2, 'dix-huit (18) mois après la fin de son dernier avenant', 'quinze (15) mois après la fin de son dernier avenant');
    // Made: a mediation clause is added.
    v2 = replaceOnce(
      v2,
      'ARTICLE 15 – DROIT APPLICABLE ET JURIDICTION',
      "ARTICLE 15 – MÉDIATION\n\nEn cas de différend, les Parties recourent à la médiation du Médiateur des entreprises avant toute action judiciaire.\n\nARTICLE 16 – DROIT APPLICABLE ET JURIDICTION",
    );
    // Silent: the freelancer's notice doubles.
    v2 = replaceOnce(v2, "qu'en respectant un préavis de trois (3) mois", "qu'en respectant un préavis de six (6) mois");

    const result = compareVersions(before, reviewed(v2), asked);
    const status = Object.fromEntries(result.asked.map((r) => [r.change.check, r.status]));
    expect(status).toEqual({ 'NC-01': 'made', 'PY-01': 'made', 'CF-01': 'not-made', 'NC-02': 'partly-made', 'DR-01': 'made' });
    expect(result.missing).toBe(1);
    expect(result.partly).toBe(1);
    expect(result.silent).toHaveLength(1);
    expect(result.silent[0]).toMatchObject({ type: 'modified', numbersOnly: false });
    expect(result.silent[0]!.newText).toContain('six (6) mois');
    expect(result.countAfter).toBeLessThan(result.countBefore);
  });

  it('reports removed and added clauses and numbers-only changes (English)', () => {
    const v1 = sample('en-balanced');
    let v2 = replaceOnce(v1, 'within thirty (30) days of the invoice date', 'within 45 days of the invoice date');
    v2 = replaceOnce(v2, 'The Client shall reimburse reasonable travel expenses approved in advance by email.', '');
    v2 = replaceOnce(
      v2,
      '3. ACCEPTANCE',
      '2.5 The Client may audit the Consultant’s records at any time.\n\n3. ACCEPTANCE',
    );
    const result = compareVersions(reviewed(v1), reviewed(v2), []);
    expect(result.silent.map((c) => c.type).sort()).toEqual(['added', 'modified', 'removed']);
    const modified = result.silent.find((c) => c.type === 'modified')!;
    expect(modified.newText).toContain('45 days');
    expect(modified.oldText).toContain('thirty (30) days');
    expect(modified.numbersOnly).toBe(false); // "thirty (30)" → "45": a word went too
    const tweak = compareVersions(reviewed(v1), reviewed(v1.replace('£600', '£650')), []);
    expect(tweak.silent).toHaveLength(1);
    expect(tweak.silent[0]!.numbersOnly).toBe(true);
  });
});
