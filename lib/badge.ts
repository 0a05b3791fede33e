/** What the toolbar badge shows for a tab's review. */
import type { Review, Severity } from '../rules/engine/types';
import type { TabReview } from './storage';

export const SEVERITY_COLORS: Record<Severity, string> = { high: '#c62828', medium: '#ef6c00', low: '#f9a825' };
/** No unbalanced point: a calm green, so "0" does not look like an alarm. */
export const CLEAR_COLOR = '#2e7d32';
export const PENDING_COLOR = '#616161';

export interface Badge {
  text: string;
  color: string;
}

export function worstSeverity(review: Review): Severity | undefined {
  const by = review.imbalance.bySeverity;
  return (['high', 'medium', 'low'] as const).find((s) => by[s] > 0);
}

/** Empty text hides the badge: nothing reviewed, no contract found, or a failure with nothing to show. */
export function badgeFor(entry: TabReview | undefined): Badge {
  if (!entry) return { text: '', color: PENDING_COLOR };
  if (entry.status === 'reviewing' && !entry.review) return { text: '…', color: PENDING_COLOR };
  const review = entry.review;
  if (!review || review.notAContract) return { text: '', color: PENDING_COLOR };
  const count = review.imbalance.count;
  const worst = worstSeverity(review);
  return { text: count > 999 ? '999+' : String(count), color: worst ? SEVERITY_COLORS[worst] : CLEAR_COLOR };
}
