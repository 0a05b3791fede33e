// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupProps } from '../../../components/popup/Popup';
import { createTranslator, I18nContext } from '../../../lib/i18n';
import type { TabReview } from '../../../lib/storage';
import type { Lang } from '../../../rules/engine/types';
import { finding, reviewOf } from '../../lib/fixtures';

const seventeen = reviewOf([
  ...Array.from({ length: 9 }, () => finding({ severity: 'high', category: 'non-compete' })),
  ...Array.from({ length: 5 }, () => finding({ severity: 'medium', category: 'payment' })),
  finding({ severity: 'low', category: 'confidentiality' }),
  finding({ kind: 'missing', category: 'amicable-resolution', severity: 'medium', title: 'Pas de règlement amiable préalable' }),
  finding({ kind: 'missing', category: 'liability', severity: 'high', title: 'Responsabilité illimitée' }),
  finding({ dismissed: true, title: 'Écarté' }),
]);

const entry = (over: Partial<TabReview> = {}): TabReview => ({
  status: 'reviewed', docKey: 'k', url: 'https://a.fr/c', title: 'C', source: 'page', review: seventeen, updatedAt: 1, ...over,
});

function mount(props: Partial<PopupProps> = {}, lang: Lang = 'fr') {
  const handlers = { onReview: vi.fn(), onOpenPanel: vi.fn(), onOpenViewer: vi.fn(), onClear: vi.fn() };
  render(
    <I18nContext.Provider value={createTranslator(lang)}>
      <Popup reviewable={{ ok: true }} entry={undefined} isPdf={false} {...handlers} {...props} />
    </I18nContext.Provider>,
  );
  return handlers;
}

afterEach(cleanup);

describe('Popup', () => {
  it('not reviewed yet: says so and offers the review', () => {
    const { onReview, onOpenPanel } = mount();
    expect(screen.getByText(/pas encore été analysée/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Analyser cette page' }));
    expect(onReview).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Ouvrir le panneau latéral' }));
    expect(onOpenPanel).toHaveBeenCalledOnce();
    expect(screen.queryByTestId('count')).toBeNull();
  });

  it('reviewing: progress shown, button disabled', () => {
    mount({ entry: entry({ status: 'reviewing', review: undefined, progress: 0.3 }) });
    const bar = screen.getByRole('progressbar') as HTMLProgressElement;
    expect(bar.value).toBe(30);
    expect((screen.getByRole('button', { name: 'Analyser cette page' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('reviewed: the count in words, the split by severity, top categories translated, missing protections', () => {
    mount({ entry: entry() });
    expect(screen.getByTestId('count').textContent).toBe('17 points déséquilibrés');
    expect(screen.getByText('Élevée : 10')).toBeTruthy();
    expect(screen.getByText('Moyenne : 6')).toBeTruthy();
    expect(screen.getByText('Faible : 1')).toBeTruthy();
    const categories = screen.getByRole('heading', { name: 'Principales catégories' }).parentElement!;
    expect(categories.textContent).toContain('Non-concurrence');
    expect(categories.textContent).toContain('Paiement');
    const missing = screen.getByRole('heading', { name: 'Protections absentes' }).parentElement!;
    expect(missing.textContent).toContain('Pas de règlement amiable préalable');
    expect(missing.textContent).toContain('Responsabilité illimitée');
    expect(missing.textContent).not.toContain('Écarté');
  });

  it('singular, zero and English', () => {
    mount({ entry: entry({ review: reviewOf([finding()]) }) });
    expect(screen.getByTestId('count').textContent).toBe('1 point déséquilibré');
    cleanup();
    mount({ entry: entry({ review: reviewOf([]) }) });
    expect(screen.getByTestId('count').textContent).toBe('Aucun point déséquilibré');
    cleanup();
    mount({ entry: entry() }, 'en');
    expect(screen.getByTestId('count').textContent).toBe('17 unbalanced points');
    expect(screen.getByRole('button', { name: 'Review this page' })).toBeTruthy();
  });

  it('no contract: says so and why, never "0"', () => {
    mount({ entry: entry({ review: reviewOf([], { notAContract: true, length: 312 }) }) });
    expect(screen.getByText('Aucun contrat trouvé sur cette page.')).toBeTruthy();
    expect(screen.getByText(/312 caractères/)).toBeTruthy();
    expect(screen.queryByTestId('count')).toBeNull();
  });

  it('page that cannot be reviewed: says why, no review button', () => {
    mount({ reviewable: { ok: false, reason: 'bg_error_restricted' } }, 'en');
    expect(screen.getByText('This page cannot be reviewed.')).toBeTruthy();
    expect(screen.getByText(/browser lets no extension read this page/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Review this page' })).toBeNull();
  });

  it('error: shown as an alert, the previous review stays', () => {
    mount({ entry: entry({ status: 'error', error: 'bg_error_review_failed' }) });
    expect(screen.getByRole('alert').textContent).toContain("L'analyse a échoué");
    expect(screen.getByRole('alert').textContent).toContain('La dernière analyse reste affichée');
    expect(screen.getByTestId('count').textContent).toBe('17 points déséquilibrés');
  });

  it('PDF: offers Vigie\'s viewer', () => {
    const { onOpenViewer } = mount({ isPdf: true }, 'en');
    fireEvent.click(screen.getByRole('button', { name: "Open in Vigie's PDF viewer" }));
    expect(onOpenViewer).toHaveBeenCalledOnce();
  });

  it('a reviewed page can be cleared; nothing to clear before a review', () => {
    const { onClear } = mount({ entry: entry() }, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Remove the highlights' }));
    expect(onClear).toHaveBeenCalledOnce();
    cleanup();
    mount({}, 'en');
    expect(screen.queryByRole('button', { name: 'Remove the highlights' })).toBeNull();
  });

  it('selection: says the selected text was reviewed', () => {
    mount({ entry: entry({ source: 'selection' }) }, 'en');
    expect(screen.getByText('Review of the selected text.')).toBeTruthy();
  });
});
