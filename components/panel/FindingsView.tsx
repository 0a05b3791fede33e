/** The findings of the review: filters, search, groups by severity or category, then missing protections. */
import { useState } from 'preact/hooks';
import type { Finding, Review } from '../../rules/engine/types';
import type { DocState } from '../../lib/storage';
import { useT } from '../../lib/i18n';
import { FindingItem, type FindingActions } from './FindingItem';
import { DEFAULT_FILTER, SEVERITIES, groupFindings, matchesFilter, statusOf, type FindingFilter, type GroupBy } from './findings-view';

export function FindingsView(props: { review: Review; state: DocState; selected: readonly string[]; actions: FindingActions }) {
  const t = useT();
  const [groupBy, setGroupBy] = useState<GroupBy>('severity');
  const [filter, setFilter] = useState<FindingFilter>(DEFAULT_FILTER);
  const label = (c: string) => t(`common_cat_${c}`);
  const visible = props.review.findings.filter((f) => matchesFilter(f, props.state, filter, label));
  const clauses = visible.filter((f) => f.kind !== 'missing');
  const missing = visible.filter((f) => f.kind === 'missing');
  const set = (patch: Partial<FindingFilter>) => setFilter({ ...filter, ...patch });

  const item = (f: Finding) => (
    <FindingItem
      key={f.id}
      finding={f}
      status={statusOf(f, props.state)}
      reason={props.state.dismissed[f.id]}
      selected={props.selected.includes(f.id)}
      actions={props.actions}
    />
  );

  return (
    <section aria-labelledby="findings-heading" class="findings">
      <h2 id="findings-heading" tabIndex={-1}>
        {t('panel_findings_heading')}
      </h2>
      <div class="controls" role="group" aria-label={t('panel_filters')}>
        {/* Labels point at their select (for/id) rather than wrapping it, so option texts stay out of the name. */}
        <span>
          <label for="panel-group-by">{t('panel_group_by')}</label>
          <select id="panel-group-by" value={groupBy} onChange={(e) => setGroupBy(e.currentTarget.value as GroupBy)}>
            <option value="severity">{t('panel_group_severity')}</option>
            <option value="category">{t('panel_group_category')}</option>
          </select>
        </span>
        <span>
          <label for="panel-filter-status">{t('panel_filter_status')}</label>
          <select id="panel-filter-status" value={filter.status} onChange={(e) => set({ status: e.currentTarget.value as FindingFilter['status'] })}>
            {(['open', 'negotiated', 'dismissed', 'all'] as const).map((s) => (
              <option value={s}>{t(`panel_filter_status_${s}`)}</option>
            ))}
          </select>
        </span>
        <span>
          <label for="panel-filter-severity">{t('panel_filter_severity')}</label>
          <select id="panel-filter-severity" value={filter.severity} onChange={(e) => set({ severity: e.currentTarget.value as FindingFilter['severity'] })}>
            <option value="all">{t('panel_filter_all')}</option>
            {SEVERITIES.map((s) => (
              <option value={s}>{t(`common_severity_${s}`)}</option>
            ))}
          </select>
        </span>
        <span class="search">
          <label for="panel-search">{t('panel_search')}</label>
          <input id="panel-search" type="search" value={filter.query} onInput={(e) => set({ query: e.currentTarget.value })} />
        </span>
      </div>
      <p class="result-count" role="status" aria-live="polite">
        {t.plural('panel_shown', visible.length)}
      </p>
      {groupFindings(clauses, groupBy).map((g) => (
        <section class="group" aria-labelledby={`group-${g.key}`} key={g.key}>
          <h3 id={`group-${g.key}`}>
            {groupBy === 'severity' ? t(`common_severity_${g.key}`) : label(g.key)} ({g.findings.length})
          </h3>
          <ul class="finding-list">{g.findings.map(item)}</ul>
        </section>
      ))}
      <section class="group missing" aria-labelledby="missing-heading">
        <h3 id="missing-heading">
          {t('panel_missing_heading')} ({missing.length})
        </h3>
        {missing.length ? <ul class="finding-list">{missing.map(item)}</ul> : <p>{t('panel_missing_none')}</p>}
      </section>
    </section>
  );
}
