import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../lib/i18n';
import { review } from '../../rules/review';
import { compareVersions, askedFrom } from '../../tracking/versions';
import { reportHtml, reportMarkdown, statusOf, type ReportInput } from '../../tracking/report';

const text = readFileSync(new URL('../../examples/fr-unbalanced.txt', import.meta.url), 'utf8');
const base = review(text);
const nc = base.findings.find((f) => f.check === 'NC-01')!;
const cf = base.findings.find((f) => f.check === 'CF-01')!;

function input(extra: Partial<ReportInput> = {}): ReportInput {
  return {
    title: 'Contrat Nexia',
    url: 'https://intranet.example/contrat',
    review: base,
    dismissed: { [cf.id]: 'accepté après discussion' },
    negotiated: [nc.id],
    date: '2026-11-28',
    ...extra,
  };
}

describe('second-opinion report', () => {
  const t = (lang: 'fr' | 'en') => {
    const translate = createTranslator(lang);
    return (key: string, subs?: ReadonlyArray<string | number>) => translate(key, subs);
  };

  it('lists the count, every finding with its quote and status, and the missing protections (Markdown, French)', () => {
    const md = reportMarkdown(input(), t('fr'));
    expect(md).toContain('# Relecture du contrat « Contrat Nexia »');
    expect(md).toContain(`${base.imbalance.count} point(s) déséquilibré(s)`);
    expect(md).toContain('## Points relevés');
    for (const f of base.findings.filter((x) => x.kind !== 'missing')) expect(md).toContain(`> ${f.quote.replace(/\s+/g, ' ').trim()}`);
    expect(md).toMatch(/Non-concurrence disproportionnée \(élevée, négocié\)/i);
    expect(md).toContain('écarté — accepté après discussion');
    expect(md).toContain('## Protections manquantes');
    expect(md).not.toContain('## Journal des signaux');
    expect(md).not.toMatch(/report_|common_|journal_type_/);
  });

  it('adds the asked changes and the journal when given (HTML, English)', () => {
    const v2 = text.replace('vingt-quatre (24) mois à compter de la fin', 'six (6) mois à compter de la fin');
    const comparison = compareVersions({ text, review: base }, { text: v2, review: review(v2) }, askedFrom([nc, cf]));
    const html = reportHtml(
      input({
        comparison,
        journal: [{ id: '1', client: 'Nexia', mission: 'SN', date: '2026-06-30', type: 'refusal', note: 'The president refused every change' }],
      }),
      t('en'),
      'en',
    );
    expect(html).toContain('<h2>Changes asked for</h2>');
    expect(html).toMatch(/made<\/li>/);
    expect(html).toContain('not made');
    expect(html).toContain('<h2>Journal of signals</h2>');
    expect(html).toContain('2026-06-30 · refusal · The president refused every change');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/report_|common_|journal_type_/);
  });

  it('derives each finding status from the decisions', () => {
    expect(statusOf(nc, input())).toBe('negotiated');
    expect(statusOf(cf, input())).toBe('dismissed');
    expect(statusOf(base.findings.find((f) => f.check === 'NC-02')!, input())).toBe('open');
  });
});
