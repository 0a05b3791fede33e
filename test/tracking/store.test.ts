import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { journalItem, versionLinksItem, versionsItem, type SavedVersion } from '../../lib/storage';
import { exportUserData, parseUserData } from '../../lib/user-data';
import { review } from '../../rules/review';
import {
  addEntry,
  baselineFor,
  defaultContext,
  deleteEntry,
  deleteVersion,
  knownContexts,
  lastContext,
  linkVersion,
  saveVersion,
  updateEntry,
  versionCheck,
  type NewVersion,
} from '../../tracking/store';
import { askedFrom } from '../../tracking/versions';

const V1 =
  "Article 1 – Paiement\nLes factures sont payables à 90 jours fin de mois.\n\nArticle 2 – Non-concurrence\nLe Prestataire s'interdit de travailler pour tout concurrent du Client pendant 5 ans dans le monde entier, sans contrepartie.\n\nArticle 3 – Durée\nLe contrat est conclu pour un an.";
const V2 = V1.replace('90 jours fin de mois', '30 jours à compter de la facture').replace('pour un an', 'pour deux ans');

function version(text: string, docKey = 'http://x/contrat', extra: Partial<NewVersion> = {}): NewVersion {
  const r = review(text);
  return { docKey, title: 'Contrat', url: docKey, client: 'ACME', mission: 'Refonte', label: 'v1', text, review: r, asked: askedFrom(r.findings), ...extra };
}

beforeEach(() => fakeBrowser.reset());

describe('saved versions', () => {
  it('saves, links, picks the baseline and compares', async () => {
    const v1 = await saveVersion(version(V1), 1000);
    expect(v1.savedAt).toBe(1000);
    expect(await versionsItem.getValue()).toEqual([v1]);
    const r2 = review(V2);

    // Same docKey, same text: the document itself, nothing to compare.
    expect(baselineFor(v1.docKey, V1, [v1], {})).toBeUndefined();
    expect(baselineFor(v1.docKey, V2, [v1], {})?.id).toBe(v1.id);
    // Another document (the signing page's PDF) is compared only once linked.
    expect(versionCheck('pdf:abc', { text: V2, review: r2 }, [v1], {})).toBeNull();
    await linkVersion('pdf:abc', v1.id);
    const links = await versionLinksItem.getValue();
    expect(links).toEqual({ 'pdf:abc': v1.id });
    const check = versionCheck('pdf:abc', { text: V2, review: r2 }, [v1], links)!;
    expect(check.linked).toBe(true);
    expect(check.comparison.countBefore).toBe(v1.review.imbalance.count);
    expect(check.baseline.id).toBe(v1.id);
    expect(check.comparison.asked.map((a) => a.change)).toEqual(v1.asked);
    expect(check.comparison.asked.find((a) => a.change.check.startsWith('PY'))?.status).toBe('made');

    await linkVersion('pdf:abc', null);
    expect(await versionLinksItem.getValue()).toEqual({});
  });

  it('deleting a version removes the links to it', async () => {
    const a = await saveVersion(version(V1));
    const b = await saveVersion(version(V2, 'http://x/other', { label: 'v2' }));
    await linkVersion('pdf:1', a.id);
    await linkVersion('pdf:2', b.id);
    await deleteVersion(a.id);
    expect((await versionsItem.getValue()).map((v) => v.id)).toEqual([b.id]);
    expect(await versionLinksItem.getValue()).toEqual({ 'pdf:2': b.id });
  });

  it('prefers the latest version of the same document', () => {
    const older = { ...version(V1), id: 'a', savedAt: 1 } as SavedVersion;
    const newer = { ...version(V1.replace('un an', 'trois ans')), id: 'b', savedAt: 2 } as SavedVersion;
    expect(baselineFor(older.docKey, V2, [older, newer], {})?.id).toBe('b');
    expect(baselineFor(older.docKey, V2, [older, newer], { [older.docKey]: 'a' })?.id).toBe('a');
  });
});

describe('journal', () => {
  it('adds, edits and deletes entries; the last entry gives the next context', async () => {
    const a = await addEntry({ client: 'ACME', mission: 'Refonte', date: '2026-03-01', type: 'refusal', note: 'Refus du devis' });
    const b = await addEntry({ client: 'Globex', mission: 'Audit', date: '2026-02-01', type: 'meeting', note: 'Kick-off' });
    expect(lastContext(await journalItem.getValue())).toEqual({ client: 'Globex', mission: 'Audit' });
    await updateEntry({ ...a, note: 'Refus écrit du devis' });
    await deleteEntry(b.id);
    const entries = await journalItem.getValue();
    expect(entries).toEqual([{ ...a, note: 'Refus écrit du devis' }]);
    expect(lastContext([])).toBeUndefined();
  });

  it('files new entries under the last entry, else the last saved version, else nothing', () => {
    const v = { ...version(V1), id: 'v', savedAt: 0, client: 'Initech', mission: 'Audit' };
    const e = { id: 'e', client: 'Globex', mission: 'Refonte', date: '2026-01-01', type: 'other' as const, note: '' };
    expect(defaultContext([e], [v])).toEqual({ client: 'Globex', mission: 'Refonte' });
    expect(defaultContext([], [v])).toEqual({ client: 'Initech', mission: 'Audit' });
    expect(defaultContext([], [])).toEqual({ client: '', mission: '' });
  });

  it('lists the known clients and missions once, journal first', () => {
    const e = (client: string, mission: string) => ({ id: client + mission, client, mission, date: '2026-01-01', type: 'other' as const, note: '' });
    expect(knownContexts([e('A', '1'), e('B', '2'), e('A', '1')], [{ ...version(V1), id: 'v', savedAt: 0, client: 'C', mission: '3' }])).toEqual([
      { client: 'A', mission: '1' },
      { client: 'B', mission: '2' },
      { client: 'C', mission: '3' },
    ]);
  });

  it('is part of the exported user data and its import is checked', async () => {
    await addEntry({ client: 'ACME', mission: 'Refonte', date: '2026-03-01', type: 'refusal', note: 'x' });
    await saveVersion(version(V1));
    const file = await exportUserData();
    expect(Object.keys(file.data)).toEqual(expect.arrayContaining(['versions', 'versionLinks', 'journal']));
    expect(parseUserData(JSON.stringify(file)).ok).toBe(true);
    const bad = { ...file, data: { journal: { not: 'a list' } } };
    expect(parseUserData(JSON.stringify(bad))).toMatchObject({ ok: false, detail: 'journal' });
  });
});
