// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Panel } from '../../../components/panel/Panel';
import { createTranslator, I18nContext } from '../../../lib/i18n';
import { draftsItem, journalItem, tabReviewsItem } from '../../../lib/storage';
import { toStored } from '../../../lib/review-pack';
import { tabEntry } from './fixtures';

const notes = () => [...document.querySelectorAll<HTMLTextAreaElement>('.notice-form ol.facts textarea')].map((a) => a.value);

beforeEach(async () => {
  fakeBrowser.reset();
  await tabReviewsItem.setValue({ '7': toStored(tabEntry('v2')) });
  await journalItem.setValue([
    { id: 'a', client: 'Initech', mission: 'Audit', date: '2026-01-10', type: 'refusal', note: 'Refus du PV de recette' },
    { id: 'b', client: 'Globex', mission: 'Refonte', date: '2026-03-12', type: 'late-payment', note: 'Facture 12 impayée' },
    { id: 'c', client: 'Globex', mission: 'Refonte', date: '2026-03-02', type: 'unanswered-message', note: '' },
  ]);
});
afterEach(cleanup);

describe('formal notice chronology from the journal', () => {
  it('starts from the journal of the last entry’s client and mission, and refills from another one', async () => {
    render(
      <I18nContext.Provider value={createTranslator('fr')}>
        <Panel tabId={7} />
      </I18nContext.Provider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: /^Rédaction/ }));
    fireEvent.click(screen.getByRole('radio', { name: 'Mise en demeure / lettre formelle' }));
    // Oldest first; an entry without a note takes its type's label.
    await waitFor(() => expect(notes()).toEqual(['Message sans réponse', 'Facture 12 impayée']));

    fireEvent.change(screen.getByLabelText('Journal'), { target: { value: JSON.stringify(['Initech', 'Audit']) } });
    fireEvent.click(screen.getByRole('button', { name: 'Remplir les faits avec son entrée' }));
    await waitFor(() => expect(notes()).toEqual(['Refus du PV de recette']));
    await waitFor(async () => expect(Object.values(await draftsItem.getValue())[0]?.notice?.facts).toEqual([{ date: '2026-01-10', note: 'Refus du PV de recette' }]));
  });
});
