/**
 * The popup's part of issue 7: the version banner when the tab's document has an earlier saved version with
 * changes missing, and a quick "add to the journal" (client and mission remembered from the last entry).
 */
import { useState } from 'preact/hooks';
import { todayIso } from '../../drafting/dates';
import type { TabReview } from '../../lib/storage';
import { useT } from '../../lib/i18n';
import { ENTRY_TYPES, type EntryType } from '../../tracking/journal';
import { addEntry, defaultContext, knownContexts, versionCheck } from '../../tracking/store';
import { ContextFields } from './ContextFields';
import { typeLabel } from './JournalView';
import { useTracking } from './use-tracking';
import { VersionBanner } from './VersionBanner';
import './tracking.css';

export function PopupTracking(props: { entry: TabReview | undefined }) {
  const t = useT();
  const data = useTracking();
  const [context, setContext] = useState<{ client: string; mission: string } | null>(null);
  const [type, setType] = useState<EntryType>('unanswered-message');
  const [note, setNote] = useState('');
  const [status, setStatus] = useState('');
  if (!data) return null;

  const { entry } = props;
  const check =
    entry?.review && entry.text ? versionCheck(entry.docKey, { text: entry.text, review: entry.review }, data.versions, data.links) : null;
  const current = context ?? defaultContext(data.journal, data.versions);
  const named = Boolean(current.client.trim() || current.mission.trim());

  const add = (e: Event) => {
    e.preventDefault();
    if (!named) return;
    const date = todayIso();
    void addEntry({ client: current.client.trim(), mission: current.mission.trim(), date, type, note: note.trim() }).then(() => {
      setNote('');
      setStatus(t('journal_added', [date]));
    });
  };

  return (
    <div class="popup-tracking">
      {check && (check.comparison.missing || check.comparison.partly) ? <VersionBanner comparison={check.comparison} /> : null}
      <details class="popup-journal">
        <summary>{t('journal_quick_add')}</summary>
        <form onSubmit={add}>
          <ContextFields idPrefix="popup-journal" value={current} contexts={knownContexts(data.journal, data.versions)} onChange={setContext} />
          <label for="popup-journal-type">
            {t('journal_type')}
          </label>
          <select id="popup-journal-type" value={type} onChange={(e) => setType(e.currentTarget.value as EntryType)}>
            {ENTRY_TYPES.map((k) => (
              <option key={k} value={k}>
                {typeLabel(t, k)}
              </option>
            ))}
          </select>
          <label>
            {t('journal_note')}
            <textarea rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </label>
          <button type="submit" disabled={!named}>
            {t('journal_add')}
          </button>
        </form>
      </details>
      <p role="status" aria-live="polite" class="popup-journal__status">
        {status}
      </p>
    </div>
  );
}
