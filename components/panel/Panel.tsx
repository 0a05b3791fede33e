/**
 * The side panel: the review of the followed tab (count, findings, clause map, missing protections) and the
 * drafting desk. Decisions go through lib/review-state.ts; drafts are saved per document (drafts-store.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../../rules/engine/types';
import { sendToBackground } from '../../lib/messages';
import { dismissFinding, emptyDocState, getDocState, markNegotiated, restoreFinding, watchDocState, watchTabReview } from '../../lib/review-state';
import { EMPTY_PROFILE, profileItem, type DocDrafts, type DocState, type Profile, type TabReview } from '../../lib/storage';
import { useT } from '../../lib/i18n';
import { JournalView } from '../tracking/JournalView';
import { VersionsView } from '../tracking/VersionsView';
import { ClauseMap } from './ClauseMap';
import { DraftingDesk } from './DraftingDesk';
import type { FindingActions } from './FindingItem';
import { FindingsView } from './FindingsView';
import { emptyDocDrafts, getDocDrafts, updateDocDrafts } from './drafts-store';
import { openCount, SEVERITIES, statusOf } from './findings-view';
import './panel.css';

type View = 'findings' | 'map' | 'desk' | 'versions' | 'journal';
const VIEWS: View[] = ['findings', 'map', 'desk', 'versions', 'journal'];

export function Panel(props: { tabId: number | null }) {
  const t = useT();
  const { tabId } = props;
  const [entry, setEntry] = useState<TabReview | undefined | 'loading'>('loading');
  const [state, setState] = useState<DocState>(emptyDocState());
  const [desk, setDesk] = useState<DocDrafts>(emptyDocDrafts());
  // The docKey whose drafts are loaded: ticks made before that would be overwritten by the load.
  const [deskFor, setDeskFor] = useState<string>();
  const [profile, setProfile] = useState<Profile>(EMPTY_PROFILE);
  const [view, setView] = useState<View>('findings');
  const [status, setStatus] = useState('');
  const viewFocus = useRef(false);

  useEffect(() => {
    setEntry('loading');
    if (tabId === null) return setEntry(undefined);
    const ac = new AbortController();
    watchTabReview(tabId, setEntry, ac.signal);
    return () => ac.abort();
  }, [tabId]);

  const docKey = entry && entry !== 'loading' ? entry.docKey : undefined;

  useEffect(() => {
    if (!docKey) return;
    const ac = new AbortController();
    void getDocState(docKey).then((s) => !ac.signal.aborted && setState(s));
    watchDocState(docKey, setState, ac.signal);
    void getDocDrafts(docKey).then((d) => {
      if (ac.signal.aborted) return;
      setDesk(d);
      setDeskFor(docKey);
    });
    return () => ac.abort();
  }, [docKey]);

  useEffect(() => {
    void profileItem.getValue().then(setProfile);
    return profileItem.watch(setProfile);
  }, []);

  useEffect(() => {
    if (!viewFocus.current) return;
    viewFocus.current = false;
    document.getElementById(`${view === 'desk' ? 'desk' : view}-heading`)?.focus();
  }, [view]);

  const announce = (message: string) => {
    // Clearing first makes screen readers repeat an identical message.
    setStatus('');
    requestAnimationFrame(() => setStatus(message));
  };

  const statusRegion = (
    <p class="sr-only" role="status" aria-live="polite" id="panel-status">
      {status}
    </p>
  );

  if (entry === 'loading') return <main class="panel">{statusRegion}</main>;

  const review = entry?.review;
  if (!entry || !review || tabId === null) {
    return (
      <main class="panel empty">
        <h1>{t('panel_title')}</h1>
        {entry?.status === 'reviewing' ? (
          <p role="status">
            {t('panel_reviewing')}
            {entry.progress !== undefined ? ` ${t('panel_progress', [Math.round(entry.progress * 100)])}` : ''}
          </p>
        ) : entry?.status === 'error' ? (
          <p role="alert">{t(entry.error && t.has(entry.error) ? entry.error : 'panel_error')}</p>
        ) : (
          <p>{t('panel_no_review')}</p>
        )}
        {tabId !== null && entry?.status !== 'reviewing' ? (
          <button
            type="button"
            class="primary"
            onClick={() =>
              void sendToBackground('review:request', { tabId }).then(
                (r) => !r.ok && announce(t(r.reason ?? 'panel_error')),
                () => announce(t('panel_error')),
              )
            }
          >
            {t('panel_review_page')}
          </button>
        ) : null}
        {statusRegion}
      </main>
    );
  }

  if (deskFor !== entry.docKey) return <main class="panel">{statusRegion}</main>;

  const meta = { title: entry.title, url: entry.url };
  const key = entry.docKey;
  const updateDesk = (change: (d: DocDrafts) => DocDrafts) => {
    setDesk((d) => change(d));
    void updateDocDrafts(key, change);
  };
  const actions: FindingActions = {
    show: (f) =>
      void sendToBackground('finding:show', { tabId, findingId: f.id }).then(
        (found) => announce(found ? t('panel_shown_in_page') : t('panel_not_in_page')),
        () => announce(t('panel_not_in_page')),
      ),
    dismiss: (f, reason) =>
      void dismissFinding(key, f.id, reason, meta).then(() => {
        announce(t('panel_dismissed', [f.title]));
        document.getElementById('findings-heading')?.focus();
      }),
    negotiated: (f) => void markNegotiated(key, f.id, meta).then(() => announce(t('panel_negotiated', [f.title]))),
    restore: (f) => void restoreFinding(key, f.id, meta).then(() => announce(t('panel_restored', [f.title]))),
    toggleSelected: (f) =>
      updateDesk((d) => ({ ...d, selected: d.selected.includes(f.id) ? d.selected.filter((id) => id !== f.id) : [...d.selected, f.id] })),
  };
  const { count, bySeverity } = openCount(review, state);
  const picked: Finding[] = review.findings.filter((f) => desk.selected.includes(f.id));

  return (
    <main class="panel">
      <header>
        <h1>{t('panel_title')}</h1>
        <p class="doc-title">{entry.title || entry.url}</p>
        {entry.source === 'selection' ? <p class="hint">{t('panel_selection_only')}</p> : null}
        {review.notAContract ? <p class="warning">{t('panel_not_a_contract')}</p> : null}
        {entry.status === 'error' ? <p class="warning">{t(entry.error && t.has(entry.error) ? entry.error : 'panel_error_kept')}</p> : null}
        {entry.status === 'reviewing' ? <p class="hint">{t('panel_reviewing')}</p> : null}
        <p class="count" aria-live="polite">
          <strong>{t.plural('common_count', count)}</strong>
          <span class="by-severity">
            {SEVERITIES.map((s) => (
              <span class={`badge sev-${s}`} key={s}>
                {t('panel_severity_count', [t(`common_severity_${s}`), bySeverity[s]])}
              </span>
            ))}
          </span>
        </p>
      </header>
      <nav aria-label={t('panel_views')} class="views">
        {VIEWS.map((v) => (
          <button
            type="button"
            key={v}
            aria-current={view === v ? 'page' : undefined}
            onClick={() => {
              viewFocus.current = true;
              setView(v);
            }}
          >
            {v === 'desk' && picked.length ? `${t(`panel_view_${v}`)} (${picked.length})` : t(`panel_view_${v}`)}
          </button>
        ))}
      </nav>
      {view === 'findings' ? <FindingsView review={review} state={state} selected={desk.selected} actions={actions} /> : null}
      {view === 'map' ? <ClauseMap review={review} state={state} /> : null}
      {view === 'desk' ? (
        <DraftingDesk key={key} picked={picked} negotiated={review.findings.filter((f) => statusOf(f, state) === 'negotiated').map((f) => f.id)} reviewLang={review.language} desk={desk} update={updateDesk} profile={profile} announce={announce} />
      ) : null}
      {view === 'versions' ? <VersionsView entry={{ ...entry, review }} state={state} selected={desk.selected} announce={announce} /> : null}
      {view === 'journal' ? <JournalView announce={announce} /> : null}
      {statusRegion}
    </main>
  );
}
