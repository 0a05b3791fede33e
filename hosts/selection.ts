/**
 * The reader's selection ("Review with Vigie" on selected text): the DOM host restricted to the selected part of
 * the page, so its findings are marked in place like a whole page's.
 */
import type { HostAdapter, HostEnv } from './types';
import { readDomText, type DomText } from './dom-text';
import { DomAdapter } from './dom';

/** Short selections are words, not contracts (the engine would only answer "not a contract"). */
const MIN_SELECTION = 40;

export function hasUsableSelection(win: Window): boolean {
  const sel = win.getSelection();
  return !!sel && sel.rangeCount > 0 && sel.toString().trim().length >= MIN_SELECTION;
}

/** The visible text of `range` with its offset map. */
export function readRangeText(range: Range): DomText {
  const container = range.commonAncestorContainer;
  const root = container.nodeType === 1 ? (container as Element) : container.parentElement!;
  const all = readDomText(root);
  return all.slice(all.offsetOf(range, 'start'), all.offsetOf(range, 'end'));
}

export function createSelectionAdapter(win: Window, env: HostEnv): HostAdapter {
  // the range is kept (live ranges follow the text nodes our marks split), the selection itself may go away
  const range = win.getSelection()!.getRangeAt(0).cloneRange();
  return new DomAdapter(win, env, 'selection', () => readRangeText(range));
}
