/**
 * Pre-signature negotiation email (RULES-CATALOG §4.1): friendly opening, points ranked (mandatory rules
 * first, then severity), per point the location, a short quote, the impact, the replacement wording and a
 * one-line justification; a 20-minute call and a reply-by date.
 */
import type { Finding, Lang } from '../rules/engine/types';
import { addDays, formatLongDate } from './dates';
import { markFillIns, orPlaceholder } from './placeholders';
import { impactSentence, toFirstPerson } from './perspective';
import type { DraftResult } from './result';
import { firstSentence, joinLines, rankFindings, shortQuote } from './text';
import type { SenderProfile } from './types';

export const DEFAULT_REPLY_DAYS = 5;

export interface EmailInput {
  lang: Lang;
  findings: readonly Finding[];
  /** ISO date the email is written. */
  today: string;
  /** ISO reply-by date; defaults to today + DEFAULT_REPLY_DAYS. */
  replyBy?: string;
  sender: SenderProfile;
  recipientName?: string;
  contractTitle?: string;
}

const W = {
  fr: {
    subject: (t: string) => `${t ? `Contrat « ${t} »` : 'Contrat de prestation'} – propositions d’ajustements avant signature`,
    hello: (n?: string) => (n ? `Bonjour ${n},` : 'Bonjour,'),
    opening: (t: string) =>
      `Je vous remercie pour l’envoi du contrat${t ? ` « ${t} »` : ''}. La mission m’intéresse vivement et je me réjouis de la démarrer à la date prévue, sous réserve que nous nous accordions sur quelques points, afin d’équilibrer nos engagements réciproques.`,
    intro: (n: number) => (n > 1 ? `Voici mes ${n} propositions, classées par ordre de priorité :` : 'Voici ma proposition :'),
    tiers: ['Mise en conformité avec les règles impératives', 'Points essentiels', 'Autres ajustements souhaités'],
    missing: 'Clause absente',
    current: 'Clause actuelle',
    impact: 'Conséquence',
    proposal: 'Proposition',
    addition: 'Proposition d’ajout',
    basis: 'Justification',
    call: 'Je vous propose d’en parler lors d’un court appel de 20 minutes, au moment qui vous conviendra.',
    reply: (d: string) => `Pourriez-vous me faire part de votre retour d’ici le ${d} ?`,
    thanks: 'Je vous remercie par avance et reste à votre disposition.',
    close: 'Bien cordialement,',
    name: 'vos nom et prénom',
  },
  en: {
    subject: (t: string) => `${t ? `${t} agreement` : 'Services agreement'} – proposed amendments before signature`,
    hello: (n?: string) => (n ? `Dear ${n},` : 'Hello,'),
    opening: (t: string) =>
      `Thank you for sending the agreement${t ? ` "${t}"` : ''}. I am looking forward to the assignment and to starting on the planned date, subject to our agreeing on a few points so that our commitments are balanced.`,
    intro: (n: number) => (n > 1 ? `Here are my ${n} proposals, in order of priority:` : 'Here is my proposal:'),
    tiers: ['Compliance with mandatory rules', 'Key points', 'Other requested changes'],
    missing: 'Missing clause',
    current: 'Current wording',
    impact: 'Impact',
    proposal: 'Proposed wording',
    addition: 'Proposed addition',
    basis: 'Rationale',
    call: 'I suggest a short 20-minute call to go through them, at a time that suits you.',
    reply: (d: string) => `Could you let me have your reply by ${d}?`,
    thanks: 'Thank you in advance; I remain at your disposal.',
    close: 'Kind regards,',
    name: 'your full name',
  },
} as const;

/** Tier of a point in the ranked list: 0 mandatory rules, 1 high severity, 2 the rest. */
function tier(f: Finding): number {
  return f.illegal ? 0 : f.severity === 'high' ? 1 : 2;
}

/** One point block: heading, quote, impact, replacement wording, justification. */
function pointLines(f: Finding, n: number, lang: Lang): string[] {
  const w = W[lang];
  const q = lang === 'fr' ? (s: string) => `« ${s} »` : (s: string) => `"${s}"`;
  const where = f.kind === 'missing' ? w.missing : f.location;
  // Titles may address the freelancer too ("Exclusivity imposed on you"): same treatment as the impact.
  const title = toFirstPerson(f.title, lang);
  const lines = [`${n}. ${[where, title].filter(Boolean).join(' – ') || f.check}`];
  if (f.kind !== 'missing' && f.quote.trim()) lines.push(`   ${w.current}${lang === 'fr' ? ' :' : ':'} ${q(shortQuote(f.quote))}`);
  const sep = lang === 'fr' ? ' :' : ':';
  lines.push(`   ${w.impact}${sep} ${impactSentence(firstSentence(f.explanation), f.kind, lang)}`);
  if (f.suggestion.trim()) lines.push(`   ${f.kind === 'missing' ? w.addition : w.proposal}${sep} ${markFillIns(f.suggestion.trim(), lang)}`);
  if (f.basis.trim()) lines.push(`   ${w.basis}${sep} ${firstSentence(f.basis)}`);
  return lines;
}

export function signatureLines(sender: SenderProfile, lang: Lang): string {
  return joinLines([
    orPlaceholder(sender.name, lang, W[lang].name),
    sender.company,
    [sender.phone, sender.email].filter(Boolean).join(' · '),
  ]);
}

export function buildNegotiationEmail(input: EmailInput): DraftResult<'findings'> {
  if (input.findings.length === 0) return { ok: false, missing: ['findings'] };
  const { lang } = input;
  const w = W[lang];
  const title = input.contractTitle?.trim() ?? '';
  const ranked = rankFindings(input.findings);
  const blocks: string[] = [w.hello(input.recipientName?.trim()), w.opening(title), w.intro(ranked.length)];
  let current = -1;
  // Tier headings only help when the list actually mixes tiers; they are lettered A, B… in the order shown.
  const tiers = [...new Set(ranked.map(tier))];
  ranked.forEach((f, i) => {
    const t = tier(f);
    if (t !== current && tiers.length > 1) {
      blocks.push(`${'ABC'[tiers.indexOf(t)]}. ${w.tiers[t]}`);
      current = t;
    }
    blocks.push(pointLines(f, i + 1, lang).join('\n'));
  });
  const replyBy = input.replyBy ?? addDays(input.today, DEFAULT_REPLY_DAYS);
  blocks.push(`${w.call} ${w.reply(formatLongDate(replyBy, lang))}`, w.thanks, `${w.close}\n\n${signatureLines(input.sender, lang)}`);
  return { ok: true, draft: { kind: 'negotiation', lang, format: 'email', subject: w.subject(title), body: blocks.join('\n\n') } };
}
