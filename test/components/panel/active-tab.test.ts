import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pinnedTab, watchActiveTab } from '../../../components/panel/active-tab';

describe('active tab of the side panel', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads a pinned tab from ?tab=<id> only when it is a positive integer', () => {
    expect(pinnedTab('?tab=12')).toBe(12);
    expect(pinnedTab('?tab=abc')).toBeNull();
    expect(pinnedTab('')).toBeNull();
    expect(pinnedTab('?tab=-3')).toBeNull();
  });

  it('follows activations in its own window until aborted', async () => {
    // The fake browser has no current window after a reset: answer the query as Chrome would.
    const tab = { id: 5, windowId: 1 };
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab] as never);
    const seen: (number | null)[] = [];
    const ac = new AbortController();
    watchActiveTab((id) => seen.push(id), ac.signal);
    await expect.poll(() => seen).toEqual([tab.id]);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 42, windowId: tab.windowId });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 43, windowId: tab.windowId + 1 }); // another window
    ac.abort();
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 44, windowId: tab.windowId });
    expect(seen).toEqual([tab.id, 42]);
  });
});
