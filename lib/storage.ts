/**
 * Every stored item, declared once. `local:` items are the user's (settings, profile, per-document decisions);
 * `session:` items live in memory until the browser closes (the latest review of each tab the user asked to
 * review). Nothing is stored about pages the user did not ask to review.
 * When an item's shape changes: bump `version` and add a migration (`migrations: { 2: (v1) => v2 }`).
 */
import { storage } from '@wxt-dev/storage';
import type { Category, Review, Role } from '../rules/engine/types';
import type { Draft, DraftKind, EmailFields } from '../drafting/types';
import type { FormalNoticeForm } from '../drafting/formal-notice';
import type { JournalEntry } from '../tracking/journal';
import type { AskedChange } from '../tracking/versions';
import type { PackedReview } from './review-pack';

export type LanguageSetting = 'auto' | 'fr' | 'en';

export interface Settings {
  /** Which party the user is: a clause that protects one side can hurt the other. */
  role: Role;
  language: LanguageSetting;
  /** Threshold overrides keyed by Threshold.name; absent = the check's default. */
  thresholds: Record<string, number>;
  disabledCategories: Category[];
}

export const DEFAULT_SETTINGS: Settings = { role: 'provider', language: 'auto', thresholds: {}, disabledCategories: [] };

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** The freelancer's identity, used to sign letters. */
export interface Profile {
  name: string;
  company: string;
  legalForm: string;
  /** SIREN (9 digits) or SIRET (14 digits), digits only. */
  siren: string;
  address: string;
  email: string;
  phone: string;
}

export const EMPTY_PROFILE: Profile = { name: '', company: '', legalForm: '', siren: '', address: '', email: '', phone: '' };

export const profileItem = storage.defineItem<Profile>('local:profile', {
  fallback: EMPTY_PROFILE,
  version: 1,
});

/** The user's decisions on one document (docKey = origin+pathname, or `pdf:<sha-256 of the text>`). */
export interface DocState {
  /** Finding id → optional reason given when dismissing. */
  dismissed: Record<string, string>;
  /** Finding ids the user marked as negotiated. */
  negotiated: string[];
  title: string;
  url: string;
  updatedAt: number;
}

export const docStatesItem = storage.defineItem<Record<string, DocState>>('local:docStates', {
  fallback: {},
  version: 1,
});

/** Where a tab's review stands. `review` stays when a later attempt fails, so surfaces keep showing it. */
export interface TabReview {
  status: 'reviewing' | 'reviewed' | 'error';
  docKey: string;
  url: string;
  title: string;
  /** 'selection' when the user reviewed selected text (context menu), not the whole page. */
  source: 'page' | 'selection' | 'pdf';
  /** The frame whose review is kept (the one with the most text), for "Show in page". */
  frameId?: number;
  review?: Review;
  /** The reviewed text: offsets of `review` point into it (version check, saved versions). */
  text?: string;
  /** Progress of a long review, 0..1. */
  progress?: number;
  /** Locale key (bg_error_*) or raw message of the last failure. */
  error?: string;
  updatedAt: number;
}

/** A TabReview as stored: its review packed (lib/review-pack.ts). Read and write through lib/review-state.ts. */
export type StoredTabReview = Omit<TabReview, 'review'> & { review?: PackedReview };

/** Latest review per tab id; cleared when the tab navigates to another document or closes. */
export const tabReviewsItem = storage.defineItem<Record<string, StoredTabReview>>('session:tabReviews', {
  fallback: {},
  version: 2,
  // v1 kept reviews unpacked; a session's reviews are redone on the next click.
  migrations: { 2: () => ({}) },
});

/** The drafting desk of one document: ticked findings, the formal-notice form and the edited drafts. */
export interface DocDrafts {
  /** Finding ids ticked for the letters. */
  selected: string[];
  /** The last generated-then-edited draft of each kind. */
  drafts: Partial<Record<DraftKind, Draft>>;
  /** The guided form of the formal notice, as last filled. */
  notice?: FormalNoticeForm;
  /** What the emails were last drafted with (recipient, contract title, dates). */
  email?: EmailFields;
  updatedAt: number;
}

/** Drafting desk state per docKey (side panel); nothing in it is ever sent anywhere. */
export const draftsItem = storage.defineItem<Record<string, DocDrafts>>('local:drafts', {
  fallback: {},
  version: 1,
});

/** A review kept by the user ("Save this review as a version") to check the next version against. */
export interface SavedVersion {
  id: string;
  docKey: string;
  title: string;
  url: string;
  /** The client and mission, as named in the journal. */
  client: string;
  mission: string;
  /** The user's name for this version ("v1 sent to the client"). */
  label: string;
  savedAt: number;
  /** The reviewed text: the review's offsets point into it. */
  text: string;
  review: Review;
  /** The changes asked for on this version (tracking/versions.ts). */
  asked: AskedChange[];
}

/** Saved versions, oldest first (tracking/store.ts). */
export const versionsItem = storage.defineItem<SavedVersion[]>('local:versions', {
  fallback: [],
  version: 1,
});

/** docKey → id of the saved version it is checked against (e.g. the signing page's PDF → the reviewed draft). */
export const versionLinksItem = storage.defineItem<Record<string, string>>('local:versionLinks', {
  fallback: {},
  version: 1,
});

/** Journal of weak signals, in the order entries were added (tracking/journal.ts, tracking/store.ts). */
export const journalItem = storage.defineItem<JournalEntry[]>('local:journal', {
  fallback: [],
  version: 1,
});

/**
 * The user's data as exported, imported and erased by the options page. Items declared by other surfaces
 * (drafts, journal, versions) are added here so "export everything" really is everything.
 */
export const USER_DATA_ITEMS = {
  settings: settingsItem,
  profile: profileItem,
  docStates: docStatesItem,
  drafts: draftsItem,
  versions: versionsItem,
  versionLinks: versionLinksItem,
  journal: journalItem,
} as const;
