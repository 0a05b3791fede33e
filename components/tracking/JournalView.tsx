/**
 * Side panel "Journal": dated weak signals per client and mission (add, edit, delete), with a gentle warning
 * when they cluster. The formal notice's chronology is filled from it (NoticeJournal in the drafting desk).
 */
import { useRef, useState } from 'preact/hooks';
import { todayIso } from '../../drafting/dates';
import { useT, type Translator } from '../../lib/i18n';
import { CLUSTER_DAYS, ENTRY_TYPES, entriesOf, signalCluster, type EntryType, type JournalEntry } from '../../tracking/journal';
import { addEntry, deleteEntry, defaultContext, knownContexts, updateEntry } from '../../tracking/store';
import { ContextFields } from './ContextFields';
import { useTracking } from './use-tracking';
import './tracking.css';

/** An entry type's label as a heading or list label ("Unanswered message"); the report keeps it lower case in a sentence. */
export function typeLabel(t: Translator, type: EntryType): string {
  const label = t(`journal_type_${type.replace(/-/g, '_')}`);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

interface Draft {
  date: string;
  type: EntryType;
  note: string;
}

export function JournalView(props: { announce(message: string): void }) {
  const t = useT();
  const data = useTracking();
  const [context, setContext] = useState<{ client: string; mission: string } | null>(null);
  const [draft, setDraft] = useState<Draft>({ date: todayIso(), type: 'unanswered-message', note: '' });
  const [editing, setEditing] = useState<string | null>(null);
  const dateInput = useRef<HTMLInputElement>(null);
  // The heading is there from the first render: the panel focuses it when the view opens.
  const heading = (
    <h2 id="journal-heading" tabIndex={-1}>
      {t('journal_heading')}
    </h2>
  );
  if (!data)
    return (
      <section aria-labelledby="journal-heading" class="tracking journal" aria-busy="true">
        {heading}
      </section>
    );

  const current = context ?? defaultContext(data.journal, data.versions);
  const entries = entriesOf(data.journal, current.client, current.mission);
  const cluster = signalCluster(entries);
  const named = Boolean(current.client.trim() || current.mission.trim());

  const reset = () => {
    setDraft({ date: todayIso(), type: 'unanswered-message', note: '' });
    setEditing(null);
  };
  const submit = (e: Event) => {
    e.preventDefault();
    if (!named || !draft.date) return;
    const entry = { ...current, ...draft, note: draft.note.trim() };
    const done = editing ? updateEntry({ ...entry, id: editing }) : addEntry(entry);
    void done.then(() => {
      props.announce(t(editing ? 'journal_updated' : 'journal_added', [draft.date]));
      setContext(current);
      reset();
    });
  };
  const edit = (e: JournalEntry) => {
    setEditing(e.id);
    setDraft({ date: e.date, type: e.type, note: e.note });
    dateInput.current?.focus();
  };

  return (
    <section aria-labelledby="journal-heading" class="tracking journal">
      {heading}
      <p class="hint">{t('journal_intro')}</p>
      <div class="journal-context" role="group" aria-label={t('journal_context')}>
        <ContextFields idPrefix="journal" value={current} contexts={knownContexts(data.journal, data.versions)} onChange={setContext} />
      </div>

      {cluster ? (
        <p class="cluster-warning" role="status">
          {t('journal_cluster', [cluster.length, CLUSTER_DAYS])}
        </p>
      ) : null}

      <h3 id="journal-entries-heading">{t.plural('journal_entries', entries.length)}</h3>
      {entries.length ? (
        <ol class="journal-entries" aria-labelledby="journal-entries-heading">
          {entries.map((e) => (
            <li key={e.id}>
              <time dateTime={e.date}>{new Date(`${e.date}T12:00:00`).toLocaleDateString(t.lang)}</time> · <strong>{typeLabel(t, e.type)}</strong>
              {e.note ? <p>{e.note}</p> : null}
              <button type="button" aria-label={t('journal_edit_named', [e.date])} onClick={() => edit(e)}>
                {t('journal_edit')}
              </button>{' '}
              <button
                type="button"
                aria-label={t('journal_delete_named', [e.date])}
                onClick={() => void deleteEntry(e.id).then(() => props.announce(t('journal_deleted', [e.date])))}
              >
                {t('journal_delete')}
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <p>{named ? t('journal_empty') : t('journal_name_first')}</p>
      )}

      <form class="journal-form" onSubmit={submit} aria-labelledby="journal-form-heading">
        <h3 id="journal-form-heading">{editing ? t('journal_edit_heading') : t('journal_add_heading')}</h3>
        <label>
          {t('journal_date')}
          <input ref={dateInput} type="date" required value={draft.date} onInput={(e) => setDraft({ ...draft, date: e.currentTarget.value })} />
        </label>
        <label for="journal-type">
          {t('journal_type')}
        </label>
        <select id="journal-type" value={draft.type} onChange={(e) => setDraft({ ...draft, type: e.currentTarget.value as EntryType })}>
          {ENTRY_TYPES.map((type) => (
            <option key={type} value={type}>
              {typeLabel(t, type)}
            </option>
          ))}
        </select>
        <label>
          {t('journal_note')}
          <textarea rows={3} value={draft.note} onInput={(e) => setDraft({ ...draft, note: e.currentTarget.value })} />
        </label>
        <button type="submit" class="primary" disabled={!named}>
          {editing ? t('journal_save_edit') : t('journal_add')}
        </button>
        {editing ? (
          <button type="button" onClick={reset}>
            {t('journal_cancel')}
          </button>
        ) : null}
      </form>
    </section>
  );
}
