/**
 * The toolbar popup's view, from plain props (PopupApp gives them): not reviewed yet, reviewing, reviewed,
 * no contract found, page that cannot be reviewed, error (the previous review stays visible).
 */
import type { TabReview } from '../../lib/storage';
import type { Reviewability } from '../../lib/reviewable';
import { useT } from '../../lib/i18n';
import { PopupTracking } from '../tracking/PopupTracking';
import { ReviewSummary } from './ReviewSummary';

export interface PopupProps {
  reviewable: Reviewability;
  entry: TabReview | undefined;
  /** The tab shows a PDF: offer Vigie's viewer, the only place a PDF can be highlighted. */
  isPdf: boolean;
  /** Locale key of a failure of the last click, before the background stored anything. */
  requestError?: string;
  onReview(): void;
  onOpenPanel(): void;
  onOpenViewer(): void;
  /** Removes Vigie's marks from the page (and forgets its review). */
  onClear(): void;
}

export function Popup({ reviewable, entry, isPdf, requestError, onReview, onOpenPanel, onOpenViewer, onClear }: PopupProps) {
  const t = useT();
  const reviewing = entry?.status === 'reviewing';
  const error = requestError ?? (entry?.status === 'error' ? entry.error : undefined);
  const review = entry?.review;
  return (
    <main class="popup" aria-busy={reviewing}>
      <header class="popup__header">
        <h1>{t('popup_title')}</h1>
      </header>

      <div aria-live="polite" class="popup__status">
        {!reviewable.ok && (
          <p class="notice notice--blocked" data-state="unreviewable">
            <strong>{t('popup_unreviewable')}</strong> {t(reviewable.reason)}
          </p>
        )}
        {reviewable.ok && !entry && !requestError && (
          <p class="notice" data-state="idle">
            {t('popup_not_reviewed')}
          </p>
        )}
        {reviewing && (
          <div data-state="reviewing">
            <p>{t('popup_reviewing')}</p>
            <progress max={100} value={Math.round((entry.progress ?? 0) * 100)} aria-label={t('popup_reviewing')} />
          </div>
        )}
        {error && (
          <p class="notice notice--error" role="alert" data-state="error">
            {t(error)} {review && t('popup_previous_kept')}
          </p>
        )}
      </div>

      {review && review.notAContract && (
        <div class="notice" data-state="not-a-contract">
          <p>
            <strong>{t('popup_not_contract')}</strong>
          </p>
          <p>{t('popup_not_contract_why', [review.length])}</p>
        </div>
      )}
      {review && !review.notAContract && (
        <div data-state="reviewed" class={reviewing ? 'stale' : undefined}>
          {entry.source === 'selection' && <p class="source">{t('popup_source_selection')}</p>}
          <ReviewSummary review={review} />
        </div>
      )}

      <PopupTracking entry={entry} />

      <div class="popup__actions">
        {reviewable.ok && (
          <button type="button" class="primary" onClick={onReview} disabled={reviewing}>
            {t('popup_review')}
          </button>
        )}
        {review && entry.source === 'page' && !reviewing && (
          <button type="button" onClick={onClear}>
            {t('popup_clear')}
          </button>
        )}
        <button type="button" onClick={onOpenPanel}>
          {t('popup_open_panel')}
        </button>
        {isPdf && (
          <button type="button" onClick={onOpenViewer}>
            {t('popup_open_viewer')}
          </button>
        )}
      </div>
      <p class="popup__privacy">{t('popup_privacy')}</p>
    </main>
  );
}
