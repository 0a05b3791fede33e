/**
 * The journal in the drafting desk: a new formal notice starts with the chronology of the client and mission
 * of the latest journal entry; the user can pick another one and fill the facts from it.
 */
import { useState } from 'preact/hooks';
import { factsFromJournal, type Fact } from '../../drafting/formal-notice';
import type { JournalEntry as FactEntry } from '../../drafting/types';
import { useT } from '../../lib/i18n';
import { entriesOf } from '../../tracking/journal';
import { knownContexts, lastContext, type JournalContext } from '../../tracking/store';
import { typeLabel } from './JournalView';
import { useTracking } from './use-tracking';

export interface NoticeJournalChoice {
  contexts: JournalContext[];
  current: JournalContext | undefined;
  choose(context: JournalContext): void;
  /** The chosen journal, as the formal notice takes it (type labels translated). */
  entries: FactEntry[];
}

export function useNoticeJournal(): NoticeJournalChoice {
  const t = useT();
  const data = useTracking();
  const [chosen, choose] = useState<JournalContext>();
  const journal = data?.journal ?? [];
  const current = chosen ?? lastContext(journal);
  const entries = current
    ? entriesOf(journal, current.client, current.mission).map((e) => ({ date: e.date, type: typeLabel(t, e.type), note: e.note }))
    : [];
  return { contexts: knownContexts(journal), current, choose, entries };
}

const keyOf = (c: JournalContext) => JSON.stringify([c.client, c.mission]);
const nameOf = (c: JournalContext) => [c.client, c.mission].filter(Boolean).join(' — ');

export function NoticeJournal(props: { journal: NoticeJournalChoice; onFill(facts: Fact[]): void }) {
  const t = useT();
  const { contexts, current, choose, entries } = props.journal;
  if (!contexts.length || !current) return null;
  return (
    <div class="notice-journal" role="group" aria-label={t('journal_notice_group')}>
      <label for="notice-journal">{t('journal_notice_from')}</label>{' '}
      <select
        id="notice-journal"
        value={keyOf(current)}
        onChange={(e) => {
          const [client, mission] = JSON.parse(e.currentTarget.value) as [string, string];
          choose({ client, mission });
        }}
      >
        {contexts.map((c) => (
          <option key={keyOf(c)} value={keyOf(c)}>
            {nameOf(c)}
          </option>
        ))}
      </select>{' '}
      <button type="button" disabled={!entries.length} onClick={() => props.onFill(factsFromJournal(entries))}>
        {t.plural('journal_notice_fill', entries.length)}
      </button>
    </div>
  );
}
