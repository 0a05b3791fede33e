/**
 * Reply to "sign now, we'll fix it in an amendment" (PRODUCT "Drafting desk", story): polite and firm, lists
 * the agreed changes and asks for the corrected contract before signing.
 */
import type { Finding, Lang } from '../rules/engine/types';
import { formatLongDate } from './dates';
import { signatureLines } from './negotiation';
import { markFillIns } from './placeholders';
import type { DraftResult } from './result';
import { rankFindings } from './text';
import type { SenderProfile } from './types';

export interface BeforeSignatureInput {
  lang: Lang;
  /** The changes agreed (the ticked findings); each is listed with its replacement wording. */
  findings: readonly Finding[];
  today: string;
  /** ISO date of the meeting or call where the changes were agreed, if any. */
  meetingDate?: string;
  sender: SenderProfile;
  recipientName?: string;
  contractTitle?: string;
}

const W = {
  fr: {
    subject: (t: string) => `${t ? `Contrat « ${t} »` : 'Contrat de prestation'} – intégration des modifications convenues avant signature`,
    hello: (n?: string) => (n ? `Bonjour ${n},` : 'Bonjour,'),
    thanks: (d?: string) =>
      `Je vous remercie pour notre échange${d ? ` du ${d}` : ''} et pour votre proposition de signer dès à présent le contrat, les modifications convenues devant être reprises ultérieurement par avenant.`,
    firm:
      'Je tiens à ce que notre collaboration démarre sur des bases claires. C’est pourquoi je souhaite que les modifications dont nous sommes convenus figurent dans le contrat lui-même avant sa signature, plutôt que dans un avenant ultérieur : c’est la version signée qui nous engagera l’un envers l’autre, et il est plus simple pour chacun qu’elle soit la bonne dès le départ.',
    list: 'Pour mémoire, voici les modifications convenues :',
    ask: 'Je vous remercie de bien vouloir m’adresser la version corrigée du contrat intégrant ces modifications ; je pourrai la signer sans délai après relecture.',
    start: 'Je reste pleinement disponible pour démarrer la mission dès que ce document sera finalisé.',
    close: 'Bien cordialement,',
  },
  en: {
    subject: (t: string) => `${t ? `${t} agreement` : 'Services agreement'} – agreed changes to be included before signature`,
    hello: (n?: string) => (n ? `Dear ${n},` : 'Hello,'),
    thanks: (d?: string) =>
      `Thank you for our discussion${d ? ` on ${d}` : ''} and for your suggestion to sign the agreement now and to record the agreed changes later in an amendment.`,
    firm:
      'I would like our collaboration to start on a clear footing, so I would prefer the changes we agreed to be written into the agreement itself before it is signed rather than into a later amendment: the signed version is the one that will bind us both, and it is simpler for everyone if it is right from the start.',
    list: 'For the record, these are the changes we agreed:',
    ask: 'Could you please send me the corrected agreement with these changes? I will be able to sign it promptly once I have read it.',
    start: 'I remain fully available to start the assignment as soon as the document is final.',
    close: 'Kind regards,',
  },
} as const;

export function buildBeforeSignatureReply(input: BeforeSignatureInput): DraftResult<'findings'> {
  if (input.findings.length === 0) return { ok: false, missing: ['findings'] };
  const { lang } = input;
  const w = W[lang];
  const title = input.contractTitle?.trim() ?? '';
  const sep = lang === 'fr' ? ' :' : ':';
  const changes = rankFindings(input.findings).map((f, i) => {
    const where = f.location || f.title;
    return `${i + 1}. ${where}${sep} ${markFillIns(f.suggestion.trim(), lang) || f.title}`;
  });
  const body = [
    w.hello(input.recipientName?.trim()),
    w.thanks(input.meetingDate ? formatLongDate(input.meetingDate, lang) : undefined),
    w.firm,
    `${w.list}\n${changes.join('\n')}`,
    w.ask,
    w.start,
    `${w.close}\n\n${signatureLines(input.sender, lang)}`,
  ].join('\n\n');
  return { ok: true, draft: { kind: 'before-signature', lang, format: 'email', subject: w.subject(title), body } };
}
