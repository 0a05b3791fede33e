/** Human-readable output of a review for the terminal, in the contract's language. */
import { createTranslator } from '../lib/translate';
import type { Finding, Lang, Review, Severity } from '../rules/engine/types';

const TRANSLATORS = { fr: createTranslator('fr'), en: createTranslator('en') };

/** `cli_*` and `common_*` messages of public/_locales, with $1… substitutions. */
export function message(lang: Lang, key: string, ...subs: (string | number)[]): string {
  return TRANSLATORS[lang](key, subs);
}

const SEVERITIES: Severity[] = ['high', 'medium', 'low'];
const QUOTE_MAX = 320;

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

function countLine(review: Review): string {
  const { count, bySeverity, score } = review.imbalance;
  const lang = review.language;
  const head = TRANSLATORS[lang].plural('common_count', count);
  const split = SEVERITIES.map((s) => `${message(lang, `common_severity_${s}`)} ${bySeverity[s]}`).join(' · ');
  return `${head} (${split}) — ${message(lang, 'cli_score', score)}`;
}

function findingBlock(f: Finding, index: number, lang: Lang): string {
  const lines = [`${String(index).padStart(2)}. ${f.location ? `${f.location} · ` : ''}${f.check} ${f.title}`];
  if (f.quote) lines.push(`    « ${shorten(f.quote, QUOTE_MAX)} »`);
  lines.push(`    ${message(lang, 'common_why_label')} ${f.explanation}`);
  lines.push(`    ${message(lang, 'common_basis_label')} ${f.basis}`);
  lines.push(`    ${message(lang, 'common_ask_label')} ${f.suggestion}`);
  return lines.join('\n');
}

export function formatReview(file: string, review: Review): string {
  const lang = review.language;
  const out = [`${file} — ${message(lang, `cli_lang_${lang}`)}, ${message(lang, `cli_role_${review.role}`)}`];
  if (review.notAContract) out.push(message(lang, 'cli_not_a_contract'));
  out.push(countLine(review));
  const counted = review.findings.filter((f) => !f.dismissed);
  let n = 0;
  for (const severity of SEVERITIES) {
    const group = counted.filter((f) => f.severity === severity && f.kind !== 'missing');
    if (!group.length) continue;
    out.push('', message(lang, `cli_heading_${severity}`).toUpperCase());
    for (const f of group) out.push(findingBlock(f, ++n, lang));
  }
  const missing = counted.filter((f) => f.kind === 'missing');
  if (missing.length) {
    out.push('', message(lang, 'common_missing_heading').toUpperCase());
    for (const f of missing) out.push(findingBlock(f, ++n, lang));
  }
  return out.join('\n');
}
