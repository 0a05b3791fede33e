/**
 * Shared shapes of the drafting desk. Drafting is pure: findings and form values in, text out; no DOM, no
 * browser API, so every template is tested in node.
 */
import type { Lang } from '../rules/engine/types';

export type DraftKind = 'negotiation' | 'before-signature' | 'formal-notice';

/** A generated (then possibly edited) email or letter. */
export interface Draft {
  kind: DraftKind;
  lang: Lang;
  /** 'email' drafts carry their subject separately; 'letter' drafts have it inside the body ("Objet : …"). */
  format: 'email' | 'letter';
  subject: string;
  body: string;
}

/** The freelancer's profile as the options page stores it (every field optional). */
export interface SenderProfile {
  name?: string;
  company?: string;
  legalForm?: string;
  siren?: string;
  address?: string;
  email?: string;
  phone?: string;
}

/** A journal event (issue 7); only date and note feed the chronology of facts. */
export interface JournalEntry {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  type: string;
  note: string;
}

/** The inputs of the two emails besides the findings; dates are ISO or ''. */
export interface EmailFields {
  recipientName: string;
  contractTitle: string;
  replyBy: string;
  meetingDate: string;
}
