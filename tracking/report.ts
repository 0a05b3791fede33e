/**
 * Second-opinion report: a clean summary of a review to show a peer, a mentor or a lawyer, as Markdown and as
 * a printable HTML page. Built only from what the user has on screen; nothing leaves the machine unless they
 * export it.
 */
import type { Finding, Review, Severity } from '../rules/engine/types';
import type { JournalEntry } from './journal';
import type { VersionComparison } from './versions';

export type Translate = (key: string, subs?: ReadonlyArray<string | number>) => string;

export interface ReportInput {
  title: string;
  url: string;
  review: Review;
  /** Finding id → reason ('' when none). */
  dismissed: Record<string, string>;
  negotiated: readonly string[];
  /** The version check against the version the changes were asked on, when there is one. */
  comparison?: VersionComparison;
  /** Included only when the user ticks "include the journal". */
  journal?: readonly JournalEntry[];
  /** YYYY-MM-DD of the report. */
  date: string;
}

const SEVERITIES: Severity[] = ['high', 'medium', 'low'];

export type FindingStatus = 'open' | 'negotiated' | 'dismissed';

export function statusOf(finding: Finding, input: Pick<ReportInput, 'dismissed' | 'negotiated'>): FindingStatus {
  if (finding.id in input.dismissed) return 'dismissed';
  return input.negotiated.includes(finding.id) ? 'negotiated' : 'open';
}

interface Block {
  heading: string;
  /** Paragraphs; a paragraph starting with "> " is a quote, one starting with "- " a list item. */
  lines: string[];
}

function blocks(input: ReportInput, t: Translate): Block[] {
  const { review } = input;
  const clauseFindings = review.findings.filter((f) => f.kind !== 'missing');
  const missing = review.findings.filter((f) => f.kind === 'missing');
  const out: Block[] = [];

  const { count, bySeverity, byCategory, score } = review.imbalance;
  out.push({
    heading: t('report_summary'),
    lines: [
      t('report_count', [count]),
      ...SEVERITIES.map((s) => `- ${t('report_pair', [t(`common_severity_${s}`), bySeverity[s]])}`),
      t('report_score', [score]),
      t('report_categories', [
        Object.entries(byCategory)
          .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
          .map(([c, n]) => `${t(`common_cat_${c}`)} (${n})`)
          .join(', ') || '—',
      ]),
    ],
  });

  out.push({
    heading: t('report_findings'),
    lines: clauseFindings.length
      ? clauseFindings.flatMap((f) => {
          const status = statusOf(f, input);
          const reason = status === 'dismissed' && input.dismissed[f.id] ? ` — ${input.dismissed[f.id]}` : '';
          return [
            `- ${f.location ? `${f.location} · ` : ''}${f.title} (${t(`common_severity_${f.severity}`)}, ${t(`report_status_${status}`)}${reason})`,
            `> ${f.quote.replace(/\s+/g, ' ').trim()}`,
            `${t('common_why_label')} ${f.explanation}`,
            `${t('common_basis_label')} ${f.basis}`,
            `${t('common_ask_label')} ${f.suggestion}`,
          ];
        })
      : [t('report_none')],
  });

  out.push({
    heading: t('common_missing_heading'),
    lines: missing.length ? missing.map((f) => `- ${f.title} — ${f.suggestion}`) : [t('report_none')],
  });

  if (input.comparison) {
    const c = input.comparison;
    out.push({
      heading: t('report_changes'),
      lines: [
        t('report_changes_count', [c.countBefore, c.countAfter]),
        ...c.asked.map((r) => `- ${r.change.title} — ${t(`report_change_${r.status}`)}`),
        ...(c.silent.length ? [t('report_silent', [c.silent.length])] : []),
        ...c.silent.map((s) => `- ${t('report_pair', [t(`report_silent_${s.type}`), (s.newText ?? s.oldText ?? '').replace(/\s+/g, ' ').trim()])}`),
      ],
    });
  }

  if (input.journal?.length) {
    out.push({
      heading: t('report_journal'),
      lines: input.journal.map((e) => `- ${e.date} · ${t(`journal_type_${e.type}`)} · ${e.note}`),
    });
  }
  return out;
}

export function reportMarkdown(input: ReportInput, t: Translate): string {
  const head = [`# ${t('report_title', [input.title])}`, '', `${t('report_meta', [input.date])}${input.url ? ` — ${input.url}` : ''}`, '', `_${t('report_disclaimer')}_`];
  const body = blocks(input, t).flatMap((b) => ['', `## ${b.heading}`, '', ...b.lines.map((l) => (l.startsWith('- ') || l.startsWith('> ') ? l : `${l}  `))]);
  return [...head, ...body, ''].join('\n');
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function reportHtml(input: ReportInput, t: Translate, lang: string): string {
  const sections = blocks(input, t).map((b) => {
    const parts: string[] = [];
    let list: string[] = [];
    const flush = () => {
      if (list.length) parts.push(`<ul>${list.join('')}</ul>`);
      list = [];
    };
    for (const line of b.lines) {
      if (line.startsWith('- ')) list.push(`<li>${escape(line.slice(2))}</li>`);
      else if (line.startsWith('> ')) list.push(`<li class="quote"><blockquote>${escape(line.slice(2))}</blockquote></li>`);
      else if (list.length) list.push(`<li class="detail">${escape(line)}</li>`);
      else parts.push(`<p>${escape(line)}</p>`);
    }
    flush();
    return `<section><h2>${escape(b.heading)}</h2>${parts.join('')}</section>`;
  });
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escape(t('report_title', [input.title]))}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}h1{font-size:1.5rem}h2{font-size:1.15rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}ul{padding-left:1.2rem}li{margin:.2rem 0}li.quote,li.detail{list-style:none}blockquote{margin:.2rem 0;padding-left:.8rem;border-left:3px solid #999;color:#333}.meta{color:#555}@media print{body{margin:0}h2{break-after:avoid}li{break-inside:avoid}}</style>
</head><body><main><h1>${escape(t('report_title', [input.title]))}</h1><p class="meta">${escape(t('report_meta', [input.date]))}${input.url ? ` — ${escape(input.url)}` : ''}</p><p><em>${escape(t('report_disclaimer'))}</em></p>${sections.join('')}</main></body></html>`;
}
