// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { JournalView } from '../../../components/tracking/JournalView';
import { PopupTracking } from '../../../components/tracking/PopupTracking';
import { createTranslator, I18nContext } from '../../../lib/i18n';
import { journalItem, versionLinksItem, versionsItem } from '../../../lib/storage';
import type { Lang } from '../../../rules/engine/types';
import type { JournalEntry } from '../../../tracking/journal';
import { DOC_V2, savedV1, tabEntry } from './fixtures';

const withT = (lang: Lang, node: preact.ComponentChild) => <I18nContext.Provider value={createTranslator(lang)}>{node}</I18nContext.Provider>;

function entry(id: string, date: string, type: JournalEntry['type'], note = '', client = 'Globex', mission = 'Refonte'): JournalEntry {
  return { id, client, mission, date, type, note };
}

async function add(date: string, type: string, note: string) {
  fireEvent.input(screen.getByLabelText('Date'), { target: { value: date } });
  fireEvent.change(screen.getByLabelText('Type'), { target: { value: type } });
  fireEvent.input(screen.getByLabelText('Note'), { target: { value: note } });
  fireEvent.click(screen.getByRole('button', { name: 'Ajouter au journal' }));
  await screen.findByText(note);
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('journal view', () => {
  it('adds dated entries per client and mission and warns gently when signals cluster', async () => {
    const announced: string[] = [];
    render(withT('fr', <JournalView announce={(m) => announced.push(m)} />));
    await screen.findByText('Indiquez le client ou la mission pour voir et ajouter des entrées.');
    expect((screen.getByRole('button', { name: 'Ajouter au journal' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.input(screen.getByLabelText('Client'), { target: { value: 'Globex' } });
    fireEvent.input(screen.getByLabelText('Mission'), { target: { value: 'Refonte' } });

    await add('2026-03-02', 'unanswered-message', 'Relance du devis sans réponse');
    await add('2026-03-09', 'meeting', 'Point hebdomadaire');
    await add('2026-03-10', 'unilateral-decision', 'Périmètre réduit sans accord');
    expect(screen.queryByRole('status')).toBeNull();
    await add('2026-03-12', 'change-of-direction', 'Nouvelle maquette imposée');
    expect(screen.getByRole('status').textContent).toBe(
      '3 signaux d’alerte en moins de 14 jours. Gardez une trace écrite des échanges et demandez une confirmation écrite de chaque décision.'.replace('’', "'"),
    );
    expect(screen.getByRole('heading', { name: '4 entrées' })).toBeTruthy();
    await waitFor(() => expect(announced).toContain('Entrée du 2026-03-12 ajoutée au journal.'));
    const stored = await journalItem.getValue();
    expect(stored.map((e) => [e.client, e.mission, e.date, e.type])).toEqual([
      ['Globex', 'Refonte', '2026-03-02', 'unanswered-message'],
      ['Globex', 'Refonte', '2026-03-09', 'meeting'],
      ['Globex', 'Refonte', '2026-03-10', 'unilateral-decision'],
      ['Globex', 'Refonte', '2026-03-12', 'change-of-direction'],
    ]);
  });

  it('edits and deletes an entry; another mission has its own journal', async () => {
    await journalItem.setValue([entry('a', '2026-01-05', 'refusal', 'Refus de signer le PV', 'Initech', 'Audit'), entry('b', '2026-02-01', 'late-payment', 'Facture 12 impayée')]);
    render(withT('fr', <JournalView announce={() => undefined} />));
    // The last entry's client and mission are shown first.
    await screen.findByText('Facture 12 impayée');
    expect(screen.queryByText('Refus de signer le PV')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Modifier l’entrée du 2026-02-01'.replace('’', "'") }));
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('Facture 12 impayée');
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Facture 12 impayée à 60 jours' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer l’entrée'.replace('’', "'") }));
    await screen.findByText('Facture 12 impayée à 60 jours');
    expect((await journalItem.getValue()).find((e) => e.id === 'b')?.note).toBe('Facture 12 impayée à 60 jours');

    fireEvent.click(screen.getByRole('button', { name: 'Supprimer l’entrée du 2026-02-01'.replace('’', "'") }));
    await waitFor(async () => expect((await journalItem.getValue()).map((e) => e.id)).toEqual(['a']));

    fireEvent.input(screen.getByLabelText('Client'), { target: { value: 'Initech' } });
    fireEvent.input(screen.getByLabelText('Mission'), { target: { value: 'Audit' } });
    await screen.findByText('Refus de signer le PV');
  });
});

describe('popup: version banner and quick journal entry', () => {
  it('shows the banner when the tab’s document misses agreed changes', async () => {
    await versionsItem.setValue([savedV1()]);
    await versionLinksItem.setValue({ [DOC_V2]: 'v1-id' });
    render(withT('en', <PopupTracking entry={tabEntry('v2')} />));
    await screen.findByText('1 of the 3 agreed changes is missing.');
  });

  it('shows no banner without a saved version', async () => {
    render(withT('en', <PopupTracking entry={tabEntry('v2')} />));
    await screen.findByText('Add to the journal', { selector: 'summary' });
    expect(document.querySelector('.version-banner')).toBeNull();
  });

  it('adds an entry for the client and mission of the last one', async () => {
    await journalItem.setValue([entry('a', '2026-01-05', 'meeting', 'Kick-off')]);
    render(withT('en', <PopupTracking entry={undefined} />));
    const form = (await screen.findByText('Add to the journal', { selector: 'summary' })).parentElement!;
    expect((within(form).getByLabelText('Client') as HTMLInputElement).value).toBe('Globex');
    expect((within(form).getByLabelText('Mission') as HTMLInputElement).value).toBe('Refonte');
    fireEvent.change(within(form).getByLabelText('Type'), { target: { value: 'refusal' } });
    fireEvent.input(within(form).getByLabelText('Note'), { target: { value: 'Refuses the invoice' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add to the journal' }));
    await waitFor(async () => expect(await journalItem.getValue()).toHaveLength(2));
    expect((await journalItem.getValue())[1]).toMatchObject({ client: 'Globex', mission: 'Refonte', type: 'refusal', note: 'Refuses the invoice' });
    await screen.findByText(/added to the journal/);
  });
});
