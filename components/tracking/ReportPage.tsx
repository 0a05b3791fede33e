/**
 * Second-opinion report page (report.html?doc=<docKey>): the review of the document — from the tab that shows
 * it, else its latest saved version — with the decisions, the version check and, when ticked, the journal.
 * Printed to PDF by the browser or downloaded as Markdown: nothing leaves the machine.
 */
import { useEffect, useState } from 'preact/hooks';
import { todayIso } from '../../drafting/dates';
import { docStatesItem, type DocState } from '../../lib/storage';
import { useT } from '../../lib/i18n';
import { emptyDocState, getTabReviews } from '../../lib/review-state';
import type { Review } from '../../rules/engine/types';
import { entriesOf } from '../../tracking/journal';
import { reportHtml, reportMarkdown, type ReportInput } from '../../tracking/report';
import { knownContexts, lastContext, versionCheck, type JournalContext } from '../../tracking/store';
import { useTracking } from './use-tracking';
import './tracking.css';

interface Source {
  title: string;
  url: string;
  text: string;
  review: Review;
}

/** The tab's review of the document when a tab shows it (newest first), else its latest saved version. */
async function loadSource(docKey: string, versions: { docKey: string; title: string; url: string; text: string; review: Review }[]): Promise<Source | null> {
  const tabs = (await getTabReviews())
    .filter((r) => r.docKey === docKey && r.review && r.text !== undefined)
    .sort((a, b) => b.updatedAt - a.updatedAt);
  const tab = tabs[0];
  if (tab?.review) return { title: tab.title, url: tab.url, text: tab.text ?? '', review: tab.review };
  const saved = [...versions].reverse().find((v) => v.docKey === docKey);
  return saved ? { title: saved.title, url: saved.url, text: saved.text, review: saved.review } : null;
}

/** The report's styles and body, from the standalone page reportHtml builds (its text is already escaped). */
function reportParts(html: string): { style: string; body: string } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return { style: doc.querySelector('style')?.textContent ?? '', body: doc.querySelector('main')?.innerHTML ?? '' };
}

const keyOf = (c: JournalContext) => JSON.stringify([c.client, c.mission]);

export function ReportPage(props: { docKey: string; today?: string }) {
  const t = useT();
  const data = useTracking();
  const [source, setSource] = useState<Source | null | 'loading'>('loading');
  const [state, setState] = useState<DocState>(emptyDocState());
  const [withJournal, setWithJournal] = useState(false);
  const [chosen, setChosen] = useState<JournalContext>();
  const [status, setStatus] = useState('');
  const loaded = data !== null;

  useEffect(() => {
    if (!loaded) return;
    let live = true;
    void Promise.all([loadSource(props.docKey, data.versions), docStatesItem.getValue()]).then(([s, states]) => {
      if (!live) return;
      setSource(s);
      setState(states[props.docKey] ?? emptyDocState());
    });
    return () => {
      live = false;
    };
  }, [props.docKey, loaded]);

  useEffect(() => {
    if (source && source !== 'loading') document.title = t('report_title', [source.title || source.url]);
  }, [source, t]);

  if (!data || source === 'loading') return <main class="report-page" aria-busy="true" />;
  if (!source) {
    return (
      <main class="report-page">
        <h1>{t('report_page_title')}</h1>
        <p role="alert">{t('report_no_review')}</p>
      </main>
    );
  }

  const check = versionCheck(props.docKey, source, data.versions, data.links);
  const contexts = knownContexts(data.journal);
  const fromVersion = check?.baseline ?? [...data.versions].reverse().find((v) => v.docKey === props.docKey);
  const context =
    chosen ??
    (fromVersion && contexts.some((c) => keyOf(c) === keyOf(fromVersion)) ? { client: fromVersion.client, mission: fromVersion.mission } : lastContext(data.journal));
  const input: ReportInput = {
    title: source.title || source.url,
    url: source.url,
    review: source.review,
    dismissed: state.dismissed,
    negotiated: state.negotiated,
    comparison: check?.comparison,
    journal: withJournal && context ? entriesOf(data.journal, context.client, context.mission) : undefined,
    date: props.today ?? todayIso(),
  };
  const { style, body } = reportParts(reportHtml(input, t, t.lang));

  const download = () => {
    const blob = new Blob([reportMarkdown(input, t)], { type: 'text/markdown;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${t('report_file_name')}-${input.date}.md`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus(t('report_downloaded', [a.download]));
  };

  return (
    <>
      <style>{style}</style>
      <header class="report-toolbar" aria-label={t('report_actions')}>
        {contexts.length ? (
          <p>
            <label>
              <input type="checkbox" checked={withJournal} onChange={(e) => setWithJournal(e.currentTarget.checked)} /> {t('report_include_journal')}
            </label>
            {withJournal ? (
              <>
                {' '}
                <label for="report-journal-of">{t('report_journal_of')}</label>{' '}
                <select
                  id="report-journal-of"
                  value={context ? keyOf(context) : ''}
                  onChange={(e) => {
                    const [client, mission] = JSON.parse(e.currentTarget.value) as [string, string];
                    setChosen({ client, mission });
                  }}
                >
                  {contexts.map((c) => (
                    <option key={keyOf(c)} value={keyOf(c)}>
                      {[c.client, c.mission].filter(Boolean).join(' — ')}
                    </option>
                  ))}
                </select>
              </>
            ) : null}
          </p>
        ) : null}
        <p>
          <button type="button" onClick={() => window.print()}>
            {t('report_print')}
          </button>{' '}
          <button type="button" onClick={download}>
            {t('report_download_md')}
          </button>
        </p>
        <p class="hint">{t('report_private')}</p>
        <p role="status" aria-live="polite">
          {status}
        </p>
      </header>
      {/* reportHtml escapes every text it puts in the page. */}
      <main class="report" dangerouslySetInnerHTML={{ __html: body }} />
    </>
  );
}
