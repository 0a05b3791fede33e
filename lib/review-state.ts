/**
 * Reading and writing review state, for every surface: the user's decisions per document (storage.local,
 * docStates) and the latest review per tab (storage.session, tabReviews, written by the background only).
 */
import { fromStored, toStored } from './review-pack';
import { docStatesItem, tabReviewsItem, type DocState, type TabReview } from './storage';

/** A web document's key: origin + pathname (query and hash usually carry no document identity). */
export function docKeyForUrl(url: string): string {
  try {
    const u = new URL(url);
    return u.origin === 'null' ? `${u.protocol}${u.pathname}` : u.origin + u.pathname;
  } catch {
    return url;
  }
}

/** A PDF's key: the SHA-256 of its text, so the same file opened from two URLs shares its decisions. */
export async function pdfDocKey(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `pdf:${Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export function emptyDocState(): DocState {
  return { dismissed: {}, negotiated: [], title: '', url: '', updatedAt: 0 };
}

export async function getDocState(docKey: string): Promise<DocState> {
  return (await docStatesItem.getValue())[docKey] ?? emptyDocState();
}

/** Finding ids to pass as ReviewOptions.dismissed. */
export function dismissedIds(state: DocState): string[] {
  return Object.keys(state.dismissed);
}

type Meta = { title?: string; url?: string };

async function updateDocState(docKey: string, meta: Meta, change: (state: DocState) => DocState): Promise<DocState> {
  const all = await docStatesItem.getValue();
  const before = all[docKey] ?? emptyDocState();
  const next: DocState = {
    ...change(before),
    title: meta.title ?? before.title,
    url: meta.url ?? before.url,
    updatedAt: Date.now(),
  };
  await docStatesItem.setValue({ ...all, [docKey]: next });
  return next;
}

export function dismissFinding(docKey: string, findingId: string, reason = '', meta: Meta = {}): Promise<DocState> {
  return updateDocState(docKey, meta, (s) => ({
    ...s,
    dismissed: { ...s.dismissed, [findingId]: reason },
    negotiated: s.negotiated.filter((id) => id !== findingId),
  }));
}

export function markNegotiated(docKey: string, findingId: string, meta: Meta = {}): Promise<DocState> {
  return updateDocState(docKey, meta, (s) => ({
    ...s,
    negotiated: s.negotiated.includes(findingId) ? s.negotiated : [...s.negotiated, findingId],
  }));
}

/** Undo a dismissal or a "negotiated" mark. */
export function restoreFinding(docKey: string, findingId: string, meta: Meta = {}): Promise<DocState> {
  return updateDocState(docKey, meta, (s) => {
    const { [findingId]: _removed, ...dismissed } = s.dismissed;
    return { ...s, dismissed, negotiated: s.negotiated.filter((id) => id !== findingId) };
  });
}

/** Calls `callback` with the document's state whenever it changes, until `signal` aborts. */
export function watchDocState(docKey: string, callback: (state: DocState) => void, signal: AbortSignal): void {
  let last = '';
  const unwatch = docStatesItem.watch((all) => {
    const state = all[docKey] ?? emptyDocState();
    const serialised = JSON.stringify(state);
    if (serialised !== last) callback(state);
    last = serialised;
  });
  void getDocState(docKey).then((s) => (last = JSON.stringify(s)));
  signal.addEventListener('abort', unwatch, { once: true });
}

export async function getTabReview(tabId: number): Promise<TabReview | undefined> {
  return fromStored((await tabReviewsItem.getValue())[String(tabId)]);
}

/** Every tab's review. */
export async function getTabReviews(): Promise<TabReview[]> {
  return Object.values(await tabReviewsItem.getValue()).map((entry) => fromStored(entry));
}

/** Calls `callback` with the tab's review now and on every change, until `signal` aborts. */
export function watchTabReview(tabId: number, callback: (review: TabReview | undefined) => void, signal: AbortSignal): void {
  const unwatch = tabReviewsItem.watch((all) => {
    if (!signal.aborted) callback(fromStored(all[String(tabId)]));
  });
  signal.addEventListener('abort', unwatch, { once: true });
  void getTabReview(tabId).then((r) => {
    if (!signal.aborted) callback(r);
  });
}

let tabWrites: Promise<unknown> = Promise.resolve();

/**
 * Background only: change one tab's entry (`change` gets the current one; return undefined to clear it) and
 * resolve with the entry as written. Writes are queued so that progress, results and navigation events for
 * many tabs never overwrite each other.
 */
export function updateTabReview(
  tabId: number,
  change: (current: TabReview | undefined) => TabReview | undefined,
): Promise<TabReview | undefined> {
  const write = tabWrites.then(async () => {
    const all = { ...(await tabReviewsItem.getValue()) };
    const stored = all[String(tabId)];
    const current = fromStored(stored);
    const next = change(current);
    // A review kept as it was (progress, a losing frame) keeps its packed text.
    if (next) all[String(tabId)] = next.review && next.review === current?.review ? { ...next, review: stored!.review } : toStored(next);
    else if (String(tabId) in all) delete all[String(tabId)];
    else return undefined;
    await tabReviewsItem.setValue(all);
    return next;
  });
  tabWrites = write.catch(() => undefined);
  return write;
}
