/** Per-document drafting desk state (lib/storage.ts draftsItem): read, queued updates, watch. */
import { draftsItem, type DocDrafts } from '../../lib/storage';

export function emptyDocDrafts(): DocDrafts {
  return { selected: [], drafts: {}, updatedAt: 0 };
}

export async function getDocDrafts(docKey: string): Promise<DocDrafts> {
  return (await draftsItem.getValue())[docKey] ?? emptyDocDrafts();
}

let writes: Promise<void> = Promise.resolve();

/** Applies `change` to the document's entry; writes are queued so quick successive edits never overwrite each other. */
export function updateDocDrafts(docKey: string, change: (current: DocDrafts) => DocDrafts): Promise<void> {
  const write = writes.then(async () => {
    const all = await draftsItem.getValue();
    await draftsItem.setValue({ ...all, [docKey]: { ...change(all[docKey] ?? emptyDocDrafts()), updatedAt: Date.now() } });
  });
  writes = write.catch(() => undefined);
  return write;
}
