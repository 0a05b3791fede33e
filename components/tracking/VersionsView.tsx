/**
 * Side panel "Versions": keep this review with the changes asked for, and check the version to sign against the
 * saved one (linked explicitly, e.g. the signing page's PDF, or saved from the same document).
 */
import { useState } from 'preact/hooks';
import type { Finding } from '../../rules/engine/types';
import type { DocState, TabReview } from '../../lib/storage';
import { useT } from '../../lib/i18n';
import { defaultContext, deleteVersion, knownContexts, linkVersion, saveVersion, versionCheck } from '../../tracking/store';
import { askedFrom, type AskedResult, type ClauseChange } from '../../tracking/versions';
import { ContextFields } from './ContextFields';
import { useTracking } from './use-tracking';
import { VersionBanner } from './VersionBanner';
import './tracking.css';

export interface VersionsViewProps {
  /** The tab's review, with the reviewed text. */
  entry: TabReview & { review: NonNullable<TabReview['review']> };
  state: DocState;
  /** Finding ids ticked in the drafting desk. */
  selected: readonly string[];
  announce(message: string): void;
}

/** The asked changes: the findings ticked for the negotiation email, or every finding not dismissed. */
export function askedFindings(findings: readonly Finding[], state: DocState, selected: readonly string[]): { findings: Finding[]; ticked: boolean } {
  const ticked = findings.filter((f) => selected.includes(f.id));
  if (ticked.length) return { findings: ticked, ticked: true };
  return { findings: findings.filter((f) => !(f.id in state.dismissed)), ticked: false };
}

export function VersionsView(props: VersionsViewProps) {
  const t = useT();
  const data = useTracking();
  const { entry, announce } = props;
  const [form, setForm] = useState<{ client: string; mission: string; label: string } | null>(null);
  const [pick, setPick] = useState('');
  // The heading is there from the first render: the panel focuses it when the view opens.
  const heading = (
    <h2 id="versions-heading" tabIndex={-1}>
      {t('version_heading')}
    </h2>
  );
  if (!data)
    return (
      <section aria-labelledby="versions-heading" class="tracking versions" aria-busy="true">
        {heading}
      </section>
    );

  const context = form ?? { ...defaultContext(data.journal, data.versions), label: '' };
  const asked = askedFindings(entry.review.findings, props.state, props.selected);
  const text = entry.text;
  const check = text ? versionCheck(entry.docKey, { text, review: entry.review }, data.versions, data.links) : null;
  const others = data.versions.filter((v) => v.text !== text);
  // Just saved: this document is that version, the check waits for the next one.
  const itself = check ? undefined : data.versions.find((v) => v.docKey === entry.docKey && v.text === text);
  const date = (ms: number) => new Date(ms).toLocaleDateString(t.lang);

  const save = (e: Event) => {
    e.preventDefault();
    if (!text) return;
    const label = context.label.trim() || t('version_default_label', [date(Date.now())]);
    void saveVersion({
      docKey: entry.docKey,
      title: entry.title,
      url: entry.url,
      client: context.client.trim(),
      mission: context.mission.trim(),
      label,
      text,
      review: entry.review,
      asked: askedFrom(asked.findings),
    }).then(
      () => {
        setForm(null);
        announce(t.plural('version_saved', asked.findings.length, [label]));
      },
      // e.g. the browser's storage quota: say so rather than fail silently.
      (error: unknown) => announce(t('version_save_failed', [String(error)])),
    );
  };
  const link = (id: string | null) =>
    void linkVersion(entry.docKey, id).then(() => announce(id ? t('version_linked') : t('version_unlinked')));

  return (
    <section aria-labelledby="versions-heading" class="tracking versions">
      {heading}
      <p>
        <a class="button" href={`report.html?doc=${encodeURIComponent(entry.docKey)}`} target="_blank" rel="noopener">
          {t('report_open')}
        </a>
      </p>

      <section aria-labelledby="version-check-heading">
        <h3 id="version-check-heading">{t('version_check_heading')}</h3>
        {!text ? <p class="hint">{t('version_no_text')}</p> : null}
        {check ? (
          <>
            <p>
              {t('version_compared_with', [check.baseline.label, date(check.baseline.savedAt)])}{' '}
              {check.linked ? (
                <button type="button" onClick={() => link(null)}>
                  {t('version_unlink')}
                </button>
              ) : null}
            </p>
            <VersionBanner comparison={check.comparison} />
            <p>{t('version_counts', [check.comparison.countBefore, check.comparison.countAfter])}</p>
            <h4>{t.plural('version_asked_heading', check.comparison.asked.length)}</h4>
            <ul class="asked">
              {check.comparison.asked.map((r) => (
                <AskedItem key={r.change.findingId} result={r} />
              ))}
            </ul>
            <h4>{t.plural('version_silent_heading', check.comparison.silent.length)}</h4>
            {check.comparison.silent.length ? (
              <ul class="silent">
                {check.comparison.silent.map((c, i) => (
                  <SilentItem key={i} change={c} />
                ))}
              </ul>
            ) : (
              <p>{t('version_silent_none')}</p>
            )}
          </>
        ) : itself ? (
          <p>{t('version_is_saved', [itself.label])}</p>
        ) : text ? (
          <p>{t('version_no_baseline')}</p>
        ) : null}
        {text && others.length ? (
          <p class="link-version">
            <label for="version-link">{t('version_link_label')}</label>
            <select id="version-link" value={pick} onChange={(e) => setPick(e.currentTarget.value)}>
              <option value="">{t('version_link_choose')}</option>
              {others.map((v) => (
                <option key={v.id} value={v.id}>
                  {versionName(v, date(v.savedAt))}
                </option>
              ))}
            </select>
            <button type="button" disabled={!pick} onClick={() => pick && link(pick)}>
              {t('version_link')}
            </button>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="version-save-heading">
        <h3 id="version-save-heading">{t('version_save_heading')}</h3>
        <form class="version-form" onSubmit={save}>
          <ContextFields
            idPrefix="version"
            value={context}
            contexts={knownContexts(data.journal, data.versions)}
            onChange={(c) => setForm({ ...context, ...c })}
          />
          <label>
            {t('version_label')}
            <input value={context.label} placeholder={t('version_label_placeholder')} onInput={(e) => setForm({ ...context, label: e.currentTarget.value })} />
          </label>
          <p class="hint" id="version-asked-hint">
            {asked.ticked ? t.plural('version_asked_ticked', asked.findings.length) : t.plural('version_asked_open', asked.findings.length)}
          </p>
          <button type="submit" class="primary" disabled={!text} aria-describedby="version-asked-hint">
            {t('version_save')}
          </button>
        </form>
      </section>

      <section aria-labelledby="version-list-heading">
        <h3 id="version-list-heading">{t('version_list_heading')}</h3>
        {data.versions.length ? (
          <ul class="version-list">
            {[...data.versions].reverse().map((v) => (
              <li key={v.id}>
                <strong>{versionName(v, date(v.savedAt))}</strong>
                <span class="hint"> {v.title || v.url}</span>
                <span class="hint"> · {t.plural('version_asked_count', v.asked.length)}</span>{' '}
                <button
                  type="button"
                  aria-label={t('version_delete_named', [v.label])}
                  onClick={() => void deleteVersion(v.id).then(() => announce(t('version_deleted', [v.label])))}
                >
                  {t('version_delete')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('version_list_empty')}</p>
        )}
      </section>
    </section>
  );
}

function versionName(v: { label: string; client: string; mission: string }, date: string): string {
  return [v.label, [v.client, v.mission].filter(Boolean).join(' — '), v.label.includes(date) ? '' : date].filter(Boolean).join(' · ');
}

function AskedItem({ result }: { result: AskedResult }) {
  const t = useT();
  const { change, status, newText } = result;
  return (
    <li class={`asked-item ${status}`}>
      <strong>{change.title}</strong> <span class={`badge status-${status}`}>{t(`version_status_${status.replace('-', '_')}`)}</span>
      {change.kind === 'missing' ? (
        <p class="hint">{t('version_missing_protection')}</p>
      ) : (
        <dl>
          <dt>{t('version_before')}</dt>
          <dd>
            <blockquote>{change.quote}</blockquote>
          </dd>
          <dt>{t('version_now')}</dt>
          <dd>{newText === null ? <em>{t('version_removed_clause')}</em> : <blockquote>{newText}</blockquote>}</dd>
        </dl>
      )}
    </li>
  );
}

function SilentItem({ change }: { change: ClauseChange }) {
  const t = useT();
  return (
    <li class={`silent-item ${change.type}`}>
      <span class="badge">{t(`version_silent_${change.type}`)}</span>
      {change.numbersOnly ? <span class="hint"> {t('version_numbers_only')}</span> : null}
      <dl>
        {change.oldText !== null ? (
          <>
            <dt>{t('version_before')}</dt>
            <dd>
              <blockquote>{change.oldText}</blockquote>
            </dd>
          </>
        ) : null}
        {change.newText !== null ? (
          <>
            <dt>{t('version_now')}</dt>
            <dd>
              <blockquote>{change.newText}</blockquote>
            </dd>
          </>
        ) : null}
      </dl>
    </li>
  );
}
