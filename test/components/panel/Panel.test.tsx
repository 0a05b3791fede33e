// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Panel } from '../../../components/panel/Panel';
import { createTranslator, I18nContext } from '../../../lib/i18n';
import { docStatesItem, draftsItem, profileItem, tabReviewsItem, EMPTY_PROFILE } from '../../../lib/storage';
import { toStored } from '../../../lib/review-pack';
import type { Lang } from '../../../rules/engine/types';
import { frReview } from './fixtures';

const DOC = 'http://127.0.0.1/contrat';

function mount(tabId: number | null = 7, lang: Lang = 'fr') {
  return render(
    <I18nContext.Provider value={createTranslator(lang)}>
      <Panel tabId={tabId} />
    </I18nContext.Provider>,
  );
}

function item(title: string): HTMLElement {
  return screen.getByRole('heading', { name: title }).closest('li')!;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await tabReviewsItem.setValue({
    '7': toStored({ status: 'reviewed', docKey: DOC, url: `${DOC}?x=1`, title: 'Contrat ACME', source: 'page', review: frReview(), updatedAt: 1 }),
  });
});
afterEach(cleanup);

describe('side panel: review of the tab', () => {
  it('says clearly when the tab has no review yet and offers to review it', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: { ok: true } } as never);
    mount(8);
    await screen.findByText(/pas encore été relu/);
    fireEvent.click(screen.getByRole('button', { name: 'Relire cette page' }));
    expect(send).toHaveBeenCalledWith({ vigie: 'review:request', payload: { tabId: 8 } });
  });

  it('shows the progress of a review under way', async () => {
    await tabReviewsItem.setValue({ '9': { status: 'reviewing', docKey: DOC, url: DOC, title: '', source: 'page', progress: 0.42, updatedAt: 1 } });
    mount(9, 'en');
    await screen.findByText('Reviewing… 42%');
    expect(screen.queryByRole('button', { name: 'Review this page' })).toBeNull();
  });

  it('shows the count, the severity groups, the missing protections and each finding’s explanations', async () => {
    mount();
    await screen.findByText('4 points déséquilibrés');
    const groups = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(groups).toEqual(['Élevée (2)', 'Moyenne (1)', 'Protections absentes (1)'].map((g) => expect.stringContaining(g.split(' (')[0]!)));
    const pay = item('Délai de paiement au-delà du maximum légal');
    expect(within(pay).getByText('Contraire à une règle impérative')).toBeTruthy();
    expect(within(pay).getByText('Pourquoi')).toBeTruthy();
    expect(within(pay).getByText('À demander à la place').nextElementSibling?.textContent).toContain('Paiement à 30 jours');
    expect(within(item('Pas de médiation préalable')).queryByRole('button', { name: 'Montrer dans la page' })).toBeNull();
  });

  it('dismisses with a reason, counts it out, and restores it through review-state', async () => {
    mount();
    const nc = await waitFor(() => item('Non-concurrence disproportionnée'));
    fireEvent.click(within(nc).getByRole('button', { name: 'Écarter…' }));
    const reason = within(nc).getByLabelText('Motif (facultatif)');
    expect(document.activeElement).toBe(reason);
    fireEvent.input(reason, { target: { value: 'Accepté en réunion' } });
    fireEvent.click(within(nc).getByRole('button', { name: 'Écarter ce point' }));
    await screen.findByText('3 points déséquilibrés');
    expect((await docStatesItem.getValue())[DOC]?.dismissed).toEqual({ 'NC-01#a': 'Accepté en réunion' });
    expect(screen.queryByRole('heading', { name: 'Non-concurrence disproportionnée' })).toBeNull();
    expect(document.getElementById('panel-status')?.textContent ?? '').toBeDefined();

    fireEvent.change(screen.getByLabelText('Afficher'), { target: { value: 'dismissed' } });
    const dismissed = await waitFor(() => item('Non-concurrence disproportionnée'));
    expect(within(dismissed).getByText('Accepté en réunion')).toBeTruthy();
    fireEvent.click(within(dismissed).getByRole('button', { name: 'Rétablir' }));
    await screen.findByText('4 points déséquilibrés');
    expect((await docStatesItem.getValue())[DOC]?.dismissed).toEqual({});
  });

  it('cancels a dismissal with Escape and gives the focus back to the button', async () => {
    mount();
    const nc = await waitFor(() => item('Non-concurrence disproportionnée'));
    const button = within(nc).getByRole('button', { name: 'Écarter…' });
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(within(nc).getByLabelText('Motif (facultatif)'), { key: 'Escape' });
    await waitFor(() => expect(within(nc).queryByLabelText('Motif (facultatif)')).toBeNull());
    expect(document.activeElement).toBe(button);
    expect((await docStatesItem.getValue())[DOC]).toBeUndefined();
  });

  it('marks a finding negotiated and asks the tab to show a finding', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: true } as never);
    mount();
    const lb = await waitFor(() => item('Responsabilité illimitée'));
    fireEvent.click(within(lb).getByRole('button', { name: 'Montrer dans la page' }));
    expect(send).toHaveBeenCalledWith({ vigie: 'finding:show', payload: { tabId: 7, findingId: 'LB-01#d' } });
    fireEvent.click(within(lb).getByRole('button', { name: 'Marquer comme négocié' }));
    await waitFor(async () => expect((await docStatesItem.getValue())[DOC]?.negotiated).toEqual(['LB-01#d']));
  });

  it('filters by search and groups by category', async () => {
    mount();
    await screen.findByText('4 points déséquilibrés');
    fireEvent.input(screen.getByLabelText('Rechercher'), { target: { value: 'concurrence' } });
    await screen.findByText('1 point affiché.');
    fireEvent.input(screen.getByLabelText('Rechercher'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Regrouper par'), { target: { value: 'category' } });
    await screen.findByRole('heading', { name: /^Paiement|Délais de paiement|paiement/i, level: 3 });
  });

  it('shows the clause map with categories and finding counts', async () => {
    mount();
    await screen.findByText('4 points déséquilibrés');
    fireEvent.click(screen.getByRole('button', { name: 'Plan des clauses' }));
    const heading = await screen.findByRole('heading', { name: 'Plan des clauses', level: 2 });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const row = screen.getByText('9.2 Non-concurrence').closest('li')!;
    expect(row.textContent).toContain('1 point');
  });
});

describe('side panel: drafting desk', () => {
  async function openDesk(ticks: string[]) {
    mount();
    await screen.findByText('4 points déséquilibrés');
    for (const title of ticks) fireEvent.click(within(item(title)).getByRole('checkbox', { name: /Inclure dans un courrier/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Rédaction/ }));
    await screen.findByRole('heading', { name: 'Rédaction', level: 2 });
  }

  it('drafts the negotiation email from the ticked points; a missing name blocks export until completed', async () => {
    await openDesk(['Responsabilité illimitée', 'Délai de paiement au-delà du maximum légal']);
    screen.getByText('2 points cochés pour le courrier.');
    fireEvent.click(screen.getByRole('button', { name: 'Rédiger' }));
    const body = (await screen.findByLabelText('Texte')) as HTMLTextAreaElement;
    expect(body.value.indexOf('Délai de paiement')).toBeLessThan(body.value.indexOf('Responsabilité illimitée'));
    expect(screen.getByRole('button', { name: 'Télécharger .docx' })).toHaveProperty('disabled', true);
    screen.getByText('1 passage reste à compléter avant l’export :'.replace('’', "'"));
    fireEvent.input(body, { target: { value: body.value.replace('«[à compléter : vos nom et prénom]»', 'Camille Martin') } });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Télécharger .docx' })).toHaveProperty('disabled', false));
    expect(screen.getByRole('link', { name: 'Ouvrir dans la messagerie' }).getAttribute('href')).toMatch(/^mailto:\?subject=/);
    // Saved per document: ticks and the edited draft.
    await waitFor(async () => {
      const saved = (await draftsItem.getValue())[DOC];
      expect(saved?.selected.sort()).toEqual(['LB-01#d', 'PY-01#b']);
      expect(saved?.drafts.negotiation?.body).toContain('Camille Martin');
    });
  });

  it('restores ticks and drafts when the document is opened again', async () => {
    await draftsItem.setValue({
      [DOC]: {
        selected: ['NC-01#a'],
        drafts: { negotiation: { kind: 'negotiation', lang: 'fr', format: 'email', subject: 'Sujet', body: 'Texte repris' } },
        email: { recipientName: 'Madame Durand', contractTitle: 'Mission', replyBy: '2026-07-01', meetingDate: '' },
        updatedAt: 1,
      },
    });
    mount();
    await screen.findByText('4 points déséquilibrés');
    expect(within(item('Non-concurrence disproportionnée')).getByRole('checkbox')).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('button', { name: 'Rédaction (1)' }));
    expect(((await screen.findByLabelText('Texte')) as HTMLTextAreaElement).value).toBe('Texte repris');
    expect((screen.getByLabelText(/^Destinataire/) as HTMLInputElement).value).toBe('Madame Durand');
    expect((screen.getByLabelText('Réponse souhaitée au plus tard le') as HTMLInputElement).value).toBe('2026-07-01');
    fireEvent.input(screen.getByLabelText(/^Destinataire/), { target: { value: 'Monsieur Roux' } });
    await waitFor(async () => expect((await draftsItem.getValue())[DOC]?.email).toEqual({ recipientName: 'Monsieur Roux', contractTitle: 'Mission', replyBy: '2026-07-01', meetingDate: '' }));
  });

  it('"written before signature": takes the points marked as negotiated as the agreed changes', async () => {
    await docStatesItem.setValue({ [DOC]: { dismissed: {}, negotiated: ['LB-01#d'], title: '', url: '', updatedAt: 1 } });
    await openDesk([]);
    fireEvent.click(screen.getByRole('radio', { name: 'Réponse « par écrit avant signature »' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reprendre le point marqué comme négocié' }));
    await screen.findByText('1 point coché pour le courrier.');
    fireEvent.click(screen.getByRole('button', { name: 'Rédiger' }));
    const body = (await screen.findByLabelText('Texte')) as HTMLTextAreaElement;
    expect(body.value).toContain('1. Article 11 — Responsabilité : Plafonner la responsabilité');
    expect(body.value).not.toContain('Non-concurrence');
  });

  it('asks for ticked points before drafting an email', async () => {
    await openDesk([]);
    fireEvent.click(screen.getByRole('button', { name: 'Rédiger' }));
    await screen.findByRole('alert');
    expect(screen.queryByLabelText('Texte')).toBeNull();
  });

  it('English notice: variant choice with its own deadline range (letter before claim 14 days at least)', async () => {
    await openDesk([]);
    fireEvent.click(screen.getByRole('radio', { name: 'Mise en demeure / lettre formelle' }));
    fireEvent.change(screen.getByLabelText('Langue du courrier'), { target: { value: 'en' } });
    const variant = (await screen.findByLabelText('Type de courrier')) as HTMLSelectElement;
    expect(variant.value).toBe('letter-before-claim');
    expect((screen.getByLabelText('Délai en jours (14 à 90)') as HTMLInputElement).value).toBe('14');
    fireEvent.change(variant, { target: { value: 'notice-of-breach' } });
    await screen.findByLabelText('Délai en jours (10 à 30)');
    expect(screen.queryByLabelText("Lieu d'envoi")).toBeNull();
  });

  it('formal notice: refuses while breach, demand or deadline is empty, flags and focuses them, then drafts', async () => {
    await profileItem.setValue({ ...EMPTY_PROFILE, name: 'Camille Martin', address: '1 rue de la Paix, Paris' });
    await openDesk([]);
    fireEvent.click(screen.getByRole('radio', { name: 'Mise en demeure / lettre formelle' }));
    const deadline = screen.getByLabelText('Délai en jours (8 à 15)') as HTMLInputElement;
    expect(deadline.value).toBe('8');
    fireEvent.input(deadline, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rédiger' }));
    const breach = screen.getByLabelText(/Le manquement constaté/);
    await waitFor(() => expect(document.activeElement).toBe(breach));
    expect(breach.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText(/Ce que vous exigez/).getAttribute('aria-invalid')).toBe('true');
    expect(deadline.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByLabelText('Texte')).toBeNull();

    fireEvent.input(breach, { target: { value: 'la facture n° 41 reste impayée' } });
    fireEvent.input(screen.getByLabelText(/Ce que vous exigez/), { target: { value: 'régler la facture n° 41' } });
    fireEvent.input(deadline, { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rédiger' }));
    const body = (await screen.findByLabelText('Texte')) as HTMLTextAreaElement;
    expect(body.value).toContain('Lettre recommandée avec accusé de réception');
    expect(body.value).toContain('Objet : Mise en demeure');
    expect(body.value).toMatch(/soit dans un délai de 10 jours/);
    // Recipient, place, contract… are still to complete: export stays blocked.
    expect(screen.getByRole('button', { name: 'Copier' })).toHaveProperty('disabled', true);
    await waitFor(async () => expect((await draftsItem.getValue())[DOC]?.notice?.breach).toBe('la facture n° 41 reste impayée'));
  });
});
