/**
 * Formal notice, built from a guided form. French: mise en demeure (RULES-CATALOG §2.2 checklist, §2.3 order).
 * English: letter before claim (England & Wales, §3.1, 14-day reply) or contractual notice of breach (§3.3).
 * The breach, the demand and the deadline can never be empty: validation names what is missing.
 * Only consequences the catalog supports are offered, each with the express mention the law asks for.
 */
import type { Lang } from '../rules/engine/types';
import { addDays, formatLongDate, isIsoDate } from './dates';
import { orPlaceholder, placeholder } from './placeholders';
import type { DraftResult } from './result';
import { joinLines } from './text';
import type { JournalEntry, SenderProfile } from './types';

export type NoticeVariant = 'mise-en-demeure' | 'letter-before-claim' | 'notice-of-breach';

export const NOTICE_VARIANTS: Record<Lang, NoticeVariant[]> = {
  fr: ['mise-en-demeure'],
  en: ['letter-before-claim', 'notice-of-breach'],
};

/** Deadline in days: 8–15 for a mise en demeure, at least 14 for a letter before claim, the usual cure periods otherwise. */
export const DEADLINE_RANGE: Record<NoticeVariant, { min: number; max: number; default: number }> = {
  'mise-en-demeure': { min: 8, max: 15, default: 8 },
  'letter-before-claim': { min: 14, max: 90, default: 14 },
  'notice-of-breach': { min: 10, max: 30, default: 14 },
};

export interface Fact {
  /** ISO date, or '' when unknown. */
  date: string;
  note: string;
}

export type Termination = 'none' | 'clause' | 'notification';

export interface FormalNoticeForm {
  variant: NoticeVariant;
  sender: SenderProfile;
  /** "Gérant", "Director"… under the signature; optional. */
  signatoryTitle: string;
  recipient: { company: string; representative: string; address: string };
  place: string;
  /** ISO date of the letter; the deadline counts from it. */
  date: string;
  contract: { title: string; date: string; reference: string; clauses: string };
  facts: Fact[];
  breach: string;
  demand: string;
  deadlineDays: number | null;
  consequences: {
    /** Suspension of services (exception d'inexécution, art. 1219 C. civ.) from the day after the deadline. */
    suspension: boolean;
    /** Termination under an express termination clause (art. 1225) or by notification (art. 1226). */
    termination: Termination;
    /** The contract's termination clause, required by art. 1225 to be mentioned expressly. */
    terminationClause: string;
    court: boolean;
    /** Money claims: late-payment penalties and the 40 € indemnity (L441-10) / Late Payment Act interest. */
    latePayment: boolean;
  };
  copyByEmail: boolean;
  paymentDetails: string;
  attachments: string[];
}

export type NoticeField = 'breach' | 'demand' | 'deadline' | 'date';

export function noticeLang(variant: NoticeVariant): Lang {
  return variant === 'mise-en-demeure' ? 'fr' : 'en';
}

/** Chronology pre-filled from the journal (issue 7), oldest first. */
export function factsFromJournal(journal: readonly JournalEntry[]): Fact[] {
  return [...journal]
    .filter((e) => e.note.trim() || e.type.trim())
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => ({ date: e.date, note: e.note.trim() || e.type.trim() }));
}

export function newFormalNotice(options: {
  variant: NoticeVariant;
  today: string;
  sender?: SenderProfile;
  journal?: readonly JournalEntry[];
  contractTitle?: string;
}): FormalNoticeForm {
  const lang = noticeLang(options.variant);
  return {
    variant: options.variant,
    sender: { ...options.sender },
    signatoryTitle: '',
    recipient: { company: '', representative: '', address: '' },
    place: '',
    date: options.today,
    contract: { title: options.contractTitle ?? '', date: '', reference: '', clauses: '' },
    facts: factsFromJournal(options.journal ?? []),
    breach: '',
    demand: '',
    deadlineDays: DEADLINE_RANGE[options.variant].default,
    consequences: { suspension: false, termination: 'none', terminationClause: '', court: true, latePayment: false },
    copyByEmail: true,
    paymentDetails: '',
    attachments: [lang === 'fr' ? 'Copie du contrat' : 'Copy of the agreement'],
  };
}

/** The fields that prevent the notice from being produced: empty breach or demand, missing or out-of-range deadline, bad date. */
export function validateFormalNotice(form: FormalNoticeForm): NoticeField[] {
  const missing: NoticeField[] = [];
  if (!form.breach.trim()) missing.push('breach');
  if (!form.demand.trim()) missing.push('demand');
  const range = DEADLINE_RANGE[form.variant];
  const d = form.deadlineDays;
  if (d === null || !Number.isInteger(d) || d < range.min || d > range.max) missing.push('deadline');
  if (!isIsoDate(form.date)) missing.push('date');
  return missing;
}

/** ISO date of the deadline, or null while the date or the number of days is invalid. */
export function deadlineDate(form: FormalNoticeForm): string | null {
  if (!isIsoDate(form.date) || form.deadlineDays === null || !Number.isInteger(form.deadlineDays)) return null;
  return addDays(form.date, form.deadlineDays);
}

/** Ends a user-written fragment with a full stop unless it already has final punctuation. */
function sentence(text: string): string {
  const t = text.trim();
  return /[.!?…»")]$/.test(t) ? t : `${t}.`;
}

function dateText(value: string, lang: Lang): string {
  return isIsoDate(value) ? formatLongDate(value, lang) : value.trim();
}

function senderBlock(s: SenderProfile, lang: Lang): string {
  const company = [s.company?.trim(), s.legalForm?.trim()].filter(Boolean).join(', ');
  return joinLines([
    orPlaceholder(s.name, lang, lang === 'fr' ? 'vos nom et prénom' : 'your full name'),
    company,
    s.siren?.trim() && `SIREN : ${s.siren.trim()}`,
    orPlaceholder(s.address, lang, lang === 'fr' ? 'votre adresse' : 'your address'),
    s.email,
    s.phone,
  ]);
}

function recipientBlock(form: FormalNoticeForm, lang: Lang): string {
  const r = form.recipient;
  const fr = lang === 'fr';
  return joinLines([
    orPlaceholder(r.company, lang, fr ? 'société destinataire' : 'recipient company'),
    r.representative.trim()
      ? `${fr ? 'À l’attention de' : 'For the attention of'} ${r.representative.trim()}`
      : fr ? 'À l’attention de son représentant légal' : undefined,
    orPlaceholder(r.address, lang, fr ? 'adresse du siège social ou adresse de notification du contrat' : 'registered office or notice address'),
  ]);
}

function signature(form: FormalNoticeForm, lang: Lang): string {
  return joinLines([
    orPlaceholder(form.sender.name, lang, lang === 'fr' ? 'vos nom et prénom' : 'your full name'),
    form.signatoryTitle.trim(),
    form.sender.company?.trim(),
  ]);
}

function factLines(form: FormalNoticeForm, lang: Lang): string {
  // Chronological order; undated facts keep their place after the dated ones.
  const facts = form.facts.filter((f) => f.note.trim()).sort((a, b) => (a.date && b.date ? a.date.localeCompare(b.date) : Number(!a.date) - Number(!b.date)));
  if (facts.length === 0) return `– ${placeholder(lang, lang === 'fr' ? 'chronologie des faits (dates, prestations, échanges)' : 'summary of facts (dates, services, exchanges)')}`;
  return facts
    .map((f) => {
      const when = f.date.trim() ? dateText(f.date, lang) : '';
      const prefix = when ? (lang === 'fr' ? `le ${when} : ` : `${when}: `) : '';
      return `– ${prefix}${f.note.trim()}`;
    })
    .join('\n');
}

function attachmentsBlock(form: FormalNoticeForm, label: string): string | undefined {
  const items = form.attachments.map((a) => a.trim()).filter(Boolean);
  return items.length ? `${label}\n${items.map((a) => `– ${a}`).join('\n')}` : undefined;
}

function miseEnDemeure(form: FormalNoticeForm, deadline: string): { subject: string; body: string } {
  const lang = 'fr';
  const c = form.contract;
  const k = form.consequences;
  const title = c.title.trim();
  const subject = `Mise en demeure${k.latePayment ? ' de payer' : ''} – ${title ? `Contrat « ${title} »` : 'Contrat de prestation'}${c.reference.trim() ? ` – réf. ${c.reference.trim()}` : ''}`;
  const deadlineWords = formatLongDate(deadline, lang);
  const contractPara =
    `Nous sommes liés par le contrat ${title ? `« ${title} »` : placeholder(lang, 'intitulé du contrat')} conclu le ${c.date.trim() ? dateText(c.date, lang) : placeholder(lang, 'date du contrat')}` +
    `${c.reference.trim() ? ` (référence ${c.reference.trim()})` : ''}. ` +
    `Je me fonde en particulier sur ${orPlaceholder(c.clauses, lang, 'articles du contrat invoqués')}.`;
  const obligations =
    'Ce manquement constitue une inexécution de vos obligations contractuelles. Je vous rappelle qu’en application de l’article 1103 du Code civil, les contrats légalement formés tiennent lieu de loi à ceux qui les ont faits.' +
    (k.latePayment
      ? ' En outre, conformément à l’article L441-10 du Code de commerce, des pénalités de retard sont dues de plein droit dès le jour suivant la date d’échéance, sans qu’un rappel soit nécessaire, ainsi qu’une indemnité forfaitaire pour frais de recouvrement de 40 euros par facture payée en retard.'
      : '');
  const consequences: string[] = [];
  if (k.suspension)
    consequences.push(
      `je suspendrai l’exécution de mes prestations à compter du ${formatLongDate(addDays(deadline, 1), lang)}, en application de l’article 1219 du Code civil (exception d’inexécution), jusqu’à ce que vous ayez satisfait à la présente mise en demeure ;`,
    );
  if (k.termination === 'clause')
    consequences.push(
      `je me prévaudrai de la clause résolutoire stipulée à ${orPlaceholder(k.terminationClause, lang, 'article du contrat prévoyant la clause résolutoire')} du contrat, et le contrat sera résolu conformément à l’article 1225 du Code civil ;`,
    );
  if (k.termination === 'notification')
    consequences.push('je serai en droit de résoudre le contrat par voie de notification, conformément à l’article 1226 du Code civil ;');
  if (k.court)
    consequences.push('je saisirai la juridiction compétente afin d’obtenir l’exécution de vos obligations et la réparation de mon préjudice ;');
  const consequencesPara = consequences.length
    ? `À défaut d’exécution dans ce délai :\n${consequences.map((s, i) => `– ${i === consequences.length - 1 ? s.replace(/ ;$/, '.') : s}`).join('\n')}`
    : 'À défaut d’exécution dans ce délai, je me réserve d’engager toute action utile à la défense de mes intérêts.';
  const body = [
    senderBlock(form.sender, lang),
    recipientBlock(form, lang),
    `${orPlaceholder(form.place, lang, 'lieu')}, le ${formatLongDate(form.date, lang)}`,
    joinLines(['Lettre recommandée avec accusé de réception', form.copyByEmail && 'Copie par courriel']),
    `Objet : ${subject}`,
    'Madame, Monsieur,',
    contractPara,
    `Pour mémoire, les faits sont les suivants :\n${factLines(form, lang)}`,
    `Je constate le manquement suivant : ${sentence(form.breach)}`,
    obligations,
    `Par la présente, je vous mets en demeure de satisfaire à la demande suivante au plus tard le ${deadlineWords}, soit dans un délai de ${form.deadlineDays} jours à compter de la date de la présente lettre :\n${sentence(form.demand)}`,
    form.paymentDetails.trim() && `Coordonnées de règlement : ${form.paymentDetails.trim()}`,
    consequencesPara,
    'La présente lettre vaut mise en demeure au sens de l’article 1344 du Code civil. Je reste à votre disposition pour rechercher une solution amiable dans ce délai.',
    'Sous toutes réserves et sans préjudice de tous autres droits et actions.',
    'Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
    signature(form, lang),
    attachmentsBlock(form, 'Pièces jointes :'),
  ];
  return { subject, body: body.filter(Boolean).join('\n\n') };
}

function englishNotice(form: FormalNoticeForm, deadline: string): { subject: string; body: string } {
  const lang = 'en';
  const lbc = form.variant === 'letter-before-claim';
  const c = form.contract;
  const k = form.consequences;
  const title = c.title.trim();
  const heading = lbc ? 'LETTER BEFORE CLAIM' : 'NOTICE OF BREACH';
  const subject = `${lbc ? 'Letter before claim' : 'Notice of breach'} – ${title ? `"${title}" agreement` : 'services agreement'}${c.reference.trim() ? ` – ref. ${c.reference.trim()}` : ''}`;
  const deadlineWords = formatLongDate(deadline, lang);
  const party = form.sender.company?.trim() || form.sender.name?.trim() || placeholder(lang, 'your name or company');
  const contractPara =
    `${lbc ? 'I write regarding' : 'I give you notice under'} ${lbc ? '' : `${orPlaceholder(c.clauses, lang, 'notice and breach clauses of the agreement')} of `}the agreement ${title ? `"${title}"` : placeholder(lang, 'title of the agreement')} dated ${c.date.trim() ? dateText(c.date, lang) : placeholder(lang, 'date of the agreement')}` +
    `${c.reference.trim() ? ` (reference ${c.reference.trim()})` : ''} between ${party} and ${orPlaceholder(form.recipient.company, lang, 'recipient company')}.` +
    (lbc ? ` I rely in particular on ${orPlaceholder(c.clauses, lang, 'clauses of the agreement relied on')}.` : '');
  const consequences: string[] = [];
  if (lbc && k.court) consequences.push('I intend to issue proceedings against you without further notice, seeking interest and costs;');
  if (k.suspension) consequences.push(`I will suspend the services from ${formatLongDate(addDays(deadline, 1), lang)}, to the extent the agreement permits;`);
  if (k.termination === 'clause')
    consequences.push(`I will terminate the agreement under ${orPlaceholder(k.terminationClause, lang, 'termination clause of the agreement')};`);
  if (!lbc && k.court) consequences.push('I will take the steps necessary to enforce my rights, including court proceedings;');
  const consequencesPara = consequences.length
    ? `If ${lbc ? 'I do not receive a satisfactory response' : 'the breach is not remedied'} by that date:\n${consequences.map((s, i) => `– ${i === consequences.length - 1 ? s.replace(/;$/, '.') : s}`).join('\n')}`
    : undefined;
  const demandPara = lbc
    ? `I require you to do the following by ${deadlineWords}, that is within ${form.deadlineDays} days of the date of this letter:\n${sentence(form.demand)}` +
      (k.latePayment
        ? '\nI also claim statutory interest under the Late Payment of Commercial Debts (Interest) Act 1998 at 8% above the Bank of England base rate from the due date, together with the fixed-sum compensation provided by that Act.'
        : '')
    : `You are required to remedy the breach by ${deadlineWords}, that is within ${form.deadlineDays} days of the date of this notice. Remedying the breach means:\n${sentence(form.demand)}`;
  const body = [
    senderBlock(form.sender, lang),
    recipientBlock(form, lang),
    formatLongDate(form.date, lang),
    form.copyByEmail ? 'By recorded delivery and by email' : 'By recorded delivery',
    'Dear Sir or Madam,',
    heading,
    `Re: ${subject}`,
    contractPara,
    `Summary of facts:\n${factLines(form, lang)}`,
    `The breach: ${sentence(form.breach)}`,
    demandPara,
    form.paymentDetails.trim() && `Payment details: ${form.paymentDetails.trim()}`,
    lbc &&
      'Please reply in writing by that date. If you dispute the claim, please explain why and enclose the documents on which you rely. I am willing to consider alternative dispute resolution, such as mediation, to settle this matter without proceedings; please say in your reply whether you agree.',
    consequencesPara,
    lbc &&
      'This letter is sent in accordance with the Practice Direction – Pre-Action Conduct and Protocols. The court may take into account a failure to comply with it when deciding on costs. Please preserve all documents, including electronic documents, relevant to this matter.',
    'This letter is without prejudice to any other rights and remedies I may have under the agreement or at law, all of which are reserved.',
    'Yours faithfully,',
    signature(form, lang),
    attachmentsBlock(form, 'Enclosures:'),
  ];
  return { subject, body: body.filter(Boolean).join('\n\n') };
}

export function buildFormalNotice(form: FormalNoticeForm): DraftResult<NoticeField> {
  const missing = validateFormalNotice(form);
  if (missing.length) return { ok: false, missing };
  const deadline = deadlineDate(form)!;
  const lang = noticeLang(form.variant);
  const { subject, body } = lang === 'fr' ? miseEnDemeure(form, deadline) : englishNotice(form, deadline);
  return { ok: true, draft: { kind: 'formal-notice', lang, format: 'letter', subject, body } };
}
