/**
 * Saved versions, their links to documents and the journal (lib/storage.ts items), for the side panel, the
 * popup and the report page. Writes are queued so two quick edits never overwrite each other.
 */
import type { Review } from '../rules/engine/types';
import { journalItem, versionLinksItem, versionsItem, type SavedVersion } from '../lib/storage';
import type { JournalEntry } from './journal';
import { compareVersions, type VersionComparison } from './versions';

let writes: Promise<void> = Promise.resolve();

function queued<T>(work: () => Promise<T>): Promise<T> {
  const run = writes.then(work);
  writes = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export type NewVersion = Omit<SavedVersion, 'id' | 'savedAt'>;

export function saveVersion(version: NewVersion, now = Date.now()): Promise<SavedVersion> {
  return queued(async () => {
    const saved: SavedVersion = { ...version, id: newId(), savedAt: now };
    await versionsItem.setValue([...(await versionsItem.getValue()), saved]);
    return saved;
  });
}

/** Deletes a version and the links that pointed to it. */
export function deleteVersion(id: string): Promise<void> {
  return queued(async () => {
    await versionsItem.setValue((await versionsItem.getValue()).filter((v) => v.id !== id));
    const links = await versionLinksItem.getValue();
    await versionLinksItem.setValue(Object.fromEntries(Object.entries(links).filter(([, to]) => to !== id)));
  });
}

/** Checks document `docKey` against saved version `versionId` from now on; null removes the link. */
export function linkVersion(docKey: string, versionId: string | null): Promise<void> {
  return queued(async () => {
    const { [docKey]: _, ...others } = await versionLinksItem.getValue();
    await versionLinksItem.setValue(versionId ? { ...others, [docKey]: versionId } : others);
  });
}

/**
 * The saved version a document is checked against: the one linked to it, else the latest saved from the same
 * document. A version with exactly the current text is the document itself, not an earlier version.
 */
export function baselineFor(
  docKey: string,
  text: string,
  versions: readonly SavedVersion[],
  links: Readonly<Record<string, string>>,
): SavedVersion | undefined {
  const linked = links[docKey] ? versions.find((v) => v.id === links[docKey]) : undefined;
  if (linked) return linked.text === text ? undefined : linked;
  return [...versions].reverse().find((v) => v.docKey === docKey && v.text !== text);
}

export interface VersionCheck {
  baseline: SavedVersion;
  /** True when the user linked the baseline explicitly (rather than same document). */
  linked: boolean;
  comparison: VersionComparison;
}

/** The version check of the current text of `docKey`, or null when there is no earlier version to compare. */
export function versionCheck(
  docKey: string,
  current: { text: string; review: Review },
  versions: readonly SavedVersion[],
  links: Readonly<Record<string, string>>,
): VersionCheck | null {
  const baseline = baselineFor(docKey, current.text, versions, links);
  if (!baseline) return null;
  return {
    baseline,
    linked: links[docKey] === baseline.id,
    comparison: compareVersions({ text: baseline.text, review: baseline.review }, current, baseline.asked),
  };
}

/** Adds an entry at the end (the last entry gives the client and mission the popup suggests next). */
export function addEntry(entry: Omit<JournalEntry, 'id'>): Promise<JournalEntry> {
  return queued(async () => {
    const saved: JournalEntry = { ...entry, id: newId() };
    await journalItem.setValue([...(await journalItem.getValue()), saved]);
    return saved;
  });
}

export function updateEntry(entry: JournalEntry): Promise<void> {
  return queued(async () => journalItem.setValue((await journalItem.getValue()).map((e) => (e.id === entry.id ? entry : e))));
}

export function deleteEntry(id: string): Promise<void> {
  return queued(async () => journalItem.setValue((await journalItem.getValue()).filter((e) => e.id !== id)));
}

export interface JournalContext {
  client: string;
  mission: string;
}

/** The client and mission of the entry added last, the natural default of the next one. */
export function lastContext(entries: readonly JournalEntry[]): JournalContext | undefined {
  const last = entries[entries.length - 1];
  return last ? { client: last.client, mission: last.mission } : undefined;
}

/** What a new entry or version is filed under: the last journal entry's client and mission, else the last saved version's. */
export function defaultContext(entries: readonly JournalEntry[], versions: readonly SavedVersion[]): JournalContext {
  const version = versions[versions.length - 1];
  return lastContext(entries) ?? (version ? { client: version.client, mission: version.mission } : { client: '', mission: '' });
}

/** Every client and mission named in the journal or the saved versions, most recent first (versions after entries), without repeats. */
export function knownContexts(entries: readonly JournalEntry[], versions: readonly SavedVersion[] = []): JournalContext[] {
  const seen = new Set<string>();
  const out: JournalContext[] = [];
  const named: JournalContext[] = [...[...entries].reverse(), ...[...versions].reverse()].map(({ client, mission }) => ({ client, mission }));
  for (const { client, mission } of named) {
    const key = JSON.stringify([client, mission]);
    if (seen.has(key) || (!client && !mission)) continue;
    seen.add(key);
    out.push({ client, mission });
  }
  return out;
}
