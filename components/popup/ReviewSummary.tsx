/** The review at a glance: the count in words, the split by severity, the top categories, missing protections. */
import type { Category, Review, Severity } from '../../rules/engine/types';
import { useT } from '../../lib/i18n';

const SEVERITIES: Severity[] = ['high', 'medium', 'low'];
const TOP_CATEGORIES = 3;

export function topCategories(review: Review, limit = TOP_CATEGORIES): Array<[Category, number]> {
  return (Object.entries(review.imbalance.byCategory) as Array<[Category, number]>)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit);
}

export function missingProtections(review: Review): string[] {
  return [...new Set(review.findings.filter((f) => f.kind === 'missing' && !f.dismissed).map((f) => f.title))];
}

export function CountLine({ count }: { count: number }) {
  const t = useT();
  if (count === 0) {
    return (
      <p class="count count--zero" data-testid="count" data-count="0">
        {t('popup_count_zero')}
      </p>
    );
  }
  return (
    <p class="count" data-testid="count" data-count={count}>
      <span class="count__number">{count}</span> <span class="count__words">{t.plural('popup_count_unit', count)}</span>
    </p>
  );
}

export function ReviewSummary({ review }: { review: Review }) {
  const t = useT();
  const categories = topCategories(review);
  const missing = missingProtections(review);
  const { bySeverity } = review.imbalance;
  return (
    <div class="summary">
      <CountLine count={review.imbalance.count} />
      {review.imbalance.count > 0 && (
        <ul class="severities" aria-label={t('popup_severity_split')}>
          {SEVERITIES.map((s) => (
            <li key={s} class={`severity severity--${s}`}>
              <span class="severity__dot" aria-hidden="true" />
              {t('popup_severity_count', [bySeverity[s], t(`common_severity_${s}`)])}
            </li>
          ))}
        </ul>
      )}
      {categories.length > 0 && (
        <section aria-labelledby="top-categories">
          <h2 id="top-categories">{t('popup_top_categories')}</h2>
          <ul class="categories">
            {categories.map(([id, n]) => (
              <li key={id}>
                <span>{t(`common_cat_${id}`)}</span> <span class="categories__n">{n}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {missing.length > 0 && (
        <section aria-labelledby="missing">
          <h2 id="missing">{t('popup_missing')}</h2>
          <ul class="missing">
            {missing.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
