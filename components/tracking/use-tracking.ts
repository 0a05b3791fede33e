/** Live saved versions, version links and journal (lib/storage.ts), for the panel, the popup and the report. */
import { useEffect, useState } from 'preact/hooks';
import { journalItem, versionLinksItem, versionsItem, type SavedVersion } from '../../lib/storage';
import type { JournalEntry } from '../../tracking/journal';

export interface TrackingData {
  versions: SavedVersion[];
  links: Record<string, string>;
  journal: JournalEntry[];
}

/** null until the three items are read. */
export function useTracking(): TrackingData | null {
  const [data, setData] = useState<TrackingData | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([versionsItem.getValue(), versionLinksItem.getValue(), journalItem.getValue()]).then(
      ([versions, links, journal]) => live && setData((d) => d ?? { versions, links, journal }),
    );
    const set = (patch: Partial<TrackingData>) => setData((d) => (d ? { ...d, ...patch } : d));
    const unwatch = [
      versionsItem.watch((versions) => set({ versions })),
      versionLinksItem.watch((links) => set({ links })),
      journalItem.watch((journal) => set({ journal })),
    ];
    return () => {
      live = false;
      unwatch.forEach((stop) => stop());
    };
  }, []);
  return data;
}
