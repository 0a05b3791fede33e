// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReportPage } from '../../../components/tracking/ReportPage';
import { createTranslator, I18nContext } from '../../../lib/i18n';
import { docStatesItem, journalItem, tabReviewsItem, versionLinksItem, versionsItem } from '../../../lib/storage';
import { toStored } from '../../../lib/review-pack';
import { DOC_V1, DOC_V2, savedV1, tabEntry } from './fixtures';

function mount(docKey: string) {
  return render(
    <I18nContext.Provider value={createTranslator('fr')}>
      <ReportPage docKey={docKey} today="2026-03-20" />
    </I18nContext.Provider>,
  );
}

const headings = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);

beforeEach(async () => {
  fakeBrowser.reset();
  const v2 = tabEntry('v2');
  await tabReviewsItem.setValue({ '3': toStored(v2) });
  await versionsItem.setValue([savedV1()]);
  await versionLinksItem.setValue({ [DOC_V2]: 'v1-id' });
  const lb = v2.review.findings.find((f) => f.check === 'LB-02')!;
  await docStatesItem.setValue({ [DOC_V2]: { dismissed: { [lb.id]: 'Accepté' }, negotiated: [], title: '', url: '', updatedAt: 1 } });
  await journalItem.setValue([
    { id: 'a', client: 'Globex', mission: 'Refonte', date: '2026-03-02', type: 'unanswered-message', note: 'Relance sans réponse' },
    { id: 'b', client: 'Initech', mission: 'Audit', date: '2026-03-03', type: 'meeting', note: 'Autre client' },
  ]);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('second-opinion report page', () => {
  it('renders every section: count, findings with quote and status, missing protections, asked changes', async () => {
    mount(DOC_V2);
    await screen.findByRole('heading', { level: 1, name: 'Relecture du contrat « Contrat v2 »' });
    expect(headings()).toEqual(['Synthèse', 'Points relevés', 'Protections manquantes', 'Modifications demandées']);
    const text = document.querySelector('main.report')!.textContent!;
    expect(text).toContain('responsable de manière illimitée de tous les dommages');
    expect(text).toContain('écarté — Accepté');
    expect(text).toContain(`Points déséquilibrés : ${savedV1().review.imbalance.count} avant, ${tabEntry('v2').review.imbalance.count} dans la nouvelle version.`);
    const items = [...document.querySelectorAll('main.report li')].map((li) => li.textContent);
    expect(items).toEqual(
      expect.arrayContaining(['Délai de paiement trop long — faite', 'Non-concurrence disproportionnée — faite', 'Dommages indirects à votre charge — non faite']),
    );
    expect(text).toContain('pendant dix ans');
    expect(screen.queryByText('Relance sans réponse')).toBeNull();
  });

  it('includes the journal of the version’s client and mission only when ticked', async () => {
    mount(DOC_V2);
    fireEvent.click(await screen.findByLabelText('Inclure le journal'));
    await screen.findByRole('heading', { level: 2, name: 'Journal des signaux' });
    expect(screen.getByText(/Relance sans réponse/)).toBeTruthy();
    expect(screen.queryByText(/Autre client/)).toBeNull();
    fireEvent.change(screen.getByLabelText('pour le client et la mission'), { target: { value: JSON.stringify(['Initech', 'Audit']) } });
    await screen.findByText(/Autre client/);
    expect(screen.queryByText(/Relance sans réponse/)).toBeNull();
  });

  it('prints and downloads the Markdown without sending anything', async () => {
    // happy-dom has no window.print.
    const print = vi.fn();
    window.print = print;
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:report';
    });
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    mount(DOC_V2);
    fireEvent.click(await screen.findByRole('button', { name: 'Imprimer / Enregistrer en PDF' }));
    expect(print).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Télécharger en Markdown' }));
    await screen.findByText('vigie-rapport-2026-03-20.md téléchargé.');
    const md = await blob!.text();
    expect(md).toMatch(/^# Relecture du contrat « Contrat v2 »/);
    expect(md).toContain('## Modifications demandées');
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('falls back to the saved version when no tab shows the document, and says when there is nothing', async () => {
    const { unmount } = mount(DOC_V1);
    await screen.findByRole('heading', { level: 1, name: 'Relecture du contrat « Contrat v1 »' });
    expect(headings()).not.toContain('Modifications demandées');
    unmount();
    mount('http://nowhere/');
    await screen.findByRole('alert');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Aucune relecture de ce document/));
  });
});
