// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { VersionBanner } from '../../../components/tracking/VersionBanner';
import { VersionsView } from '../../../components/tracking/VersionsView';
import { createTranslator, I18nContext } from '../../../lib/i18n';
import { emptyDocState } from '../../../lib/review-state';
import { journalItem, versionLinksItem, versionsItem } from '../../../lib/storage';
import type { Lang } from '../../../rules/engine/types';
import type { VersionComparison } from '../../../tracking/versions';
import { ASKED_CHECKS, DOC_V2, savedV1, tabEntry } from './fixtures';

function mount(version: 'v1' | 'v2', selected: string[] = [], lang: Lang = 'fr', dismissed: string[] = []) {
  const entry = tabEntry(version);
  const state = { ...emptyDocState(), dismissed: Object.fromEntries(entry.review.findings.filter((f) => dismissed.includes(f.check)).map((f) => [f.id, ''])) };
  const ids = selected.length ? entry.review.findings.filter((f) => selected.includes(f.check)).map((f) => f.id) : [];
  const announced: string[] = [];
  render(
    <I18nContext.Provider value={createTranslator(lang)}>
      <VersionsView entry={entry} state={state} selected={ids} announce={(m) => announced.push(m)} />
    </I18nContext.Provider>,
  );
  return { entry, announced };
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('versions view', () => {
  it('saves the review with the findings ticked in the drafting desk as the asked changes', async () => {
    await journalItem.setValue([{ id: 'j', client: 'Globex', mission: 'Refonte', date: '2026-02-01', type: 'meeting', note: '' }]);
    const { announced } = mount('v1', ASKED_CHECKS);
    await screen.findByText('Modifications demandées : les 3 points cochés dans la rédaction.');
    // Client and mission come from the last journal entry.
    expect((screen.getByLabelText('Client') as HTMLInputElement).value).toBe('Globex');
    fireEvent.input(screen.getByLabelText('Nom de la version'), { target: { value: 'Projet du 1er mars' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer cette relecture comme version' }));
    await waitFor(async () => expect(await versionsItem.getValue()).toHaveLength(1));
    const [saved] = await versionsItem.getValue();
    expect(saved).toMatchObject({ client: 'Globex', mission: 'Refonte', label: 'Projet du 1er mars', docKey: tabEntry('v1').docKey });
    expect(saved!.asked.map((a) => a.check)).toEqual(ASKED_CHECKS);
    expect(saved!.text).toContain('90 jours fin de mois');
    expect(announced).toContain('Version « Projet du 1er mars » enregistrée avec 3 modifications demandées.');
    await screen.findByText(/Projet du 1er mars · Globex — Refonte/);
    // Right after saving, the document is that version: nothing to compare yet, and the panel says why.
    expect(screen.getByText(/^Ce document est la version enregistrée « Projet du 1er mars »/)).toBeTruthy();
  });

  it('takes every finding not dismissed when none is ticked, and says so', async () => {
    const { entry } = mount('v1', [], 'en', ['NC-01']);
    const open = entry.review.findings.length - 1;
    await screen.findByText(`No finding is ticked in the drafting desk: the ${open} findings not dismissed are taken as the changes asked.`);
    fireEvent.click(screen.getByRole('button', { name: 'Save this review as a version' }));
    await waitFor(async () => expect((await versionsItem.getValue())[0]?.asked.map((a) => a.check)).toEqual(entry.review.findings.filter((f) => f.check !== 'NC-01').map((f) => f.check)));
  });

  it('checks the version to sign against the linked saved version: made, not made, silent changes, counts', async () => {
    await versionsItem.setValue([savedV1()]);
    mount('v2');
    await screen.findByText(/Aucune version antérieure de ce document/);
    fireEvent.change(screen.getByLabelText('Comparer avec une version enregistrée'), { target: { value: 'v1-id' } });
    fireEvent.click(screen.getByRole('button', { name: 'Relier et comparer' }));
    await screen.findByText('1 des 3 modifications convenues manque.');
    expect(await versionLinksItem.getValue()).toEqual({ [DOC_V2]: 'v1-id' });
    expect(screen.getByText(`Points déséquilibrés : ${savedV1().review.imbalance.count} dans la version enregistrée, ${tabEntry('v2').review.imbalance.count} dans celle-ci.`)).toBeTruthy();

    const asked = within(screen.getByRole('heading', { name: 'Les 3 modifications demandées' }).nextElementSibling as HTMLElement).getAllByRole('listitem');
    const status = asked.map((li) => li.querySelector('.badge')!.textContent);
    expect(status).toEqual(['Faite', 'Faite', 'Pas faite']);
    expect(asked[0]!.textContent).toContain('90 jours fin de mois');
    expect(asked[0]!.textContent).toContain('30 jours à compter de leur date d');
    expect(asked[2]!.textContent).toContain('responsable de manière illimitée');

    const silent = screen.getByRole('heading', { name: '1 clause modifiée sans que personne ne l’ait demandé'.replace('’', "'") });
    const item = within(silent.nextElementSibling as HTMLElement).getByRole('listitem');
    expect(item.textContent).toContain('Modifiée');
    expect(item.textContent).toContain('pendant deux ans');
    expect(item.textContent).toContain('pendant dix ans');

    fireEvent.click(screen.getByRole('button', { name: 'Délier' }));
    await screen.findByText(/Aucune version antérieure de ce document/);
    expect(await versionLinksItem.getValue()).toEqual({});
  });

  it('deletes a saved version', async () => {
    await versionsItem.setValue([savedV1()]);
    mount('v2');
    fireEvent.click(await screen.findByRole('button', { name: 'Supprimer la version « Négociée »' }));
    await screen.findByText('Aucune version enregistrée pour l’instant.'.replace('’', "'"));
    expect(await versionsItem.getValue()).toEqual([]);
  });
});

describe('version banner', () => {
  const comparison = (missing: number, partly: number, total: number): VersionComparison => ({
    asked: Array.from({ length: total }, () => ({}) as VersionComparison['asked'][number]),
    silent: [],
    countBefore: 0,
    countAfter: 0,
    missing,
    partly,
  });
  const banner = (lang: Lang, c: VersionComparison) => {
    const { container, unmount } = render(
      <I18nContext.Provider value={createTranslator(lang)}>
        <VersionBanner comparison={c} />
      </I18nContext.Provider>,
    );
    const text = container.textContent;
    unmount();
    return text;
  };

  it('is plural-aware in both languages', () => {
    expect(banner('en', comparison(3, 0, 5))).toBe('3 of the 5 agreed changes are missing.');
    expect(banner('en', comparison(1, 0, 5))).toBe('1 of the 5 agreed changes is missing.');
    expect(banner('fr', comparison(3, 0, 5))).toBe('3 des 5 modifications convenues manquent.');
    expect(banner('fr', comparison(1, 0, 5))).toBe('1 des 5 modifications convenues manque.');
    expect(banner('en', comparison(2, 1, 5))).toBe('2 of the 5 agreed changes are missing. And 1 was only partly made.');
    expect(banner('en', comparison(0, 2, 5))).toBe('2 of the 5 agreed changes were only partly made.');
    expect(banner('fr', comparison(0, 0, 4))).toBe('Les 4 modifications convenues ont été faites.');
  });
});
