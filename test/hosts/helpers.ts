import type { Finding } from '../../rules/engine/types';
import type { HostEnv } from '../../hosts/types';

/** A finding over `needle` in `text` (first occurrence). */
export function findingAt(text: string, needle: string, over: Partial<Finding> = {}): Finding {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" not in text`);
  return {
    check: 'NC-01', category: 'non-compete', severity: 'high', kind: 'risky', illegal: false,
    start, end: start + needle.length, quote: needle, location: '', params: {},
    title: 'Non-compete too long', explanation: 'Why it hurts.', basis: 'Cass. soc.', suggestion: 'Ask for 6 months.',
    id: `NC-01#${start}`, dismissed: false, ...over,
  };
}

/** A HostEnv that records what the in-page UI asked for. */
export function fakeEnv(): HostEnv & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    t: (key, subs) => (subs === undefined ? key : `${key}(${([] as string[]).concat(subs).join('|')})`),
    dismiss: async (id, reason) => void calls.push(`dismiss ${id} ${reason ?? ''}`.trim()),
    openPanel: async (id) => (calls.push(`panel ${id}`), false),
    fetchExport: async (url) => (calls.push(`export ${url}`), { ok: true, text: 'export text' }),
    openViewer: async (file) => void calls.push(`viewer ${file ?? ''}`),
  };
}
