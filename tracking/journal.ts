/**
 * Journal of weak signals, per client and mission: dated entries that precede a dispute. Pure logic; the
 * entries are stored by lib/storage.ts and edited in the side panel.
 */

export const ENTRY_TYPES = [
  'unanswered-message',
  'unilateral-decision',
  'change-of-direction',
  'refusal',
  'late-payment',
  'meeting',
  'other',
] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

export interface JournalEntry {
  id: string;
  /** The client and mission the entry belongs to, as the user names them. */
  client: string;
  mission: string;
  /** Calendar date of the event, YYYY-MM-DD. */
  date: string;
  type: EntryType;
  note: string;
}

/** Entry types that are warning signs (meetings and notes are context, not signals). */
const SIGNALS: ReadonlySet<EntryType> = new Set([
  'unanswered-message',
  'unilateral-decision',
  'change-of-direction',
  'refusal',
  'late-payment',
]);

export const CLUSTER_SIZE = 3;
export const CLUSTER_DAYS = 14;

const dayNumber = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

/** Entries of one client and mission, oldest first. */
export function entriesOf(entries: readonly JournalEntry[], client: string, mission: string): JournalEntry[] {
  return entries
    .filter((e) => e.client === client && e.mission === mission)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/**
 * The latest run of at least CLUSTER_SIZE signals within CLUSTER_DAYS days, or null: the side panel then
 * suggests documenting exchanges and asking for written confirmations.
 */
export function signalCluster(entries: readonly JournalEntry[]): JournalEntry[] | null {
  const signals = entries.filter((e) => SIGNALS.has(e.type)).sort((a, b) => a.date.localeCompare(b.date));
  let best: JournalEntry[] | null = null;
  let from = 0;
  for (let to = 0; to < signals.length; to++) {
    while (dayNumber(signals[to]!.date) - dayNumber(signals[from]!.date) >= CLUSTER_DAYS) from++;
    if (to - from + 1 >= CLUSTER_SIZE) best = signals.slice(from, to + 1);
  }
  return best;
}

/** The chronology of facts for a formal notice, oldest first. */
export function chronology(entries: readonly JournalEntry[]): { date: string; type: EntryType; note: string }[] {
  return [...entries].sort((a, b) => a.date.localeCompare(b.date)).map(({ date, type, note }) => ({ date, type, note }));
}
