import { describe, expect, it } from 'vitest';
import { chronology, entriesOf, signalCluster, type JournalEntry } from '../../tracking/journal';

const entry = (id: string, date: string, type: JournalEntry['type'], client = 'Nexia', mission = 'ServiceNow'): JournalEntry => ({
  id,
  client,
  mission,
  date,
  type,
  note: `note ${id}`,
});

describe('journal', () => {
  it('keeps one client and mission, oldest first', () => {
    const all = [entry('b', '2026-06-30', 'refusal'), entry('x', '2026-06-01', 'refusal', 'Other'), entry('a', '2026-06-25', 'meeting')];
    expect(entriesOf(all, 'Nexia', 'ServiceNow').map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('warns when three signals fall within two weeks, not when they are spread out or are meetings', () => {
    const spread = [entry('1', '2026-06-01', 'refusal'), entry('2', '2026-06-10', 'unanswered-message'), entry('3', '2026-06-15', 'late-payment')];
    expect(signalCluster(spread)).toBeNull(); // 14 days from the first to the third
    const meetings = [entry('1', '2026-06-01', 'meeting'), entry('2', '2026-06-02', 'meeting'), entry('3', '2026-06-03', 'refusal')];
    expect(signalCluster(meetings)).toBeNull();
    const cluster = [...spread, entry('4', '2026-06-20', 'change-of-direction')];
    expect(signalCluster(cluster)?.map((e) => e.id)).toEqual(['2', '3', '4']);
  });

  it('gives the chronology for a formal notice in date order', () => {
    const facts = chronology([entry('2', '2026-06-30', 'refusal'), entry('1', '2026-06-25', 'unanswered-message')]);
    expect(facts).toEqual([
      { date: '2026-06-25', type: 'unanswered-message', note: 'note 1' },
      { date: '2026-06-30', type: 'refusal', note: 'note 2' },
    ]);
  });
});
