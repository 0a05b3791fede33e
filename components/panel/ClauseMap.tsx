/** The contract's outline: each section with the categories of its clauses and its open findings. */
import type { Review } from '../../rules/engine/types';
import type { DocState } from '../../lib/storage';
import { useT } from '../../lib/i18n';
import { clauseMap } from './findings-view';

export function ClauseMap(props: { review: Review; state: DocState }) {
  const t = useT();
  const entries = clauseMap(props.review, props.state);
  return (
    <section aria-labelledby="map-heading" class="clause-map">
      <h2 id="map-heading" tabIndex={-1}>
        {t('panel_map_heading')}
      </h2>
      {entries.length === 0 ? (
        <p>{t('panel_map_empty')}</p>
      ) : (
        <ul>
          {entries.map((e) => (
            <li key={e.section} style={{ marginInlineStart: `${(Math.max(1, e.level) - 1) * 1}rem` }}>
              <span class="map-title">{[e.number, e.heading].filter(Boolean).join(' ') || t('panel_map_untitled')}</span>
              {e.findings ? <span class="badge count">{t.plural('panel_map_findings', e.findings)}</span> : null}
              {e.categories.length ? (
                <span class="cats">{e.categories.map((c) => t(`common_cat_${c}`)).join(' · ')}</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
