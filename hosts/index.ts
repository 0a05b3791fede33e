/**
 * The detection factory: which host adapter handles this window. Order matters: the specific hosts first
 * (Google Docs editor, e-signature sites), then the reader's selection when asked for, then any DOM page
 * (Word for the web's document frame, published Google Docs and email bodies included: the content script runs
 * in every frame and each frame reviews its own document; see frameWeight()).
 */
import type { HostAdapter, HostEnv } from './types';
import { createDomAdapter } from './dom';
import { createGoogleDocsAdapter, isGoogleDocsEditor } from './google-docs';
import { createESignatureAdapter, detectSigningSite } from './e-signature';
import { createSelectionAdapter, hasUsableSelection } from './selection';

export interface AdapterChoice {
  /** Review the reader's selection instead of the whole page (context menu "Review with Vigie"). */
  selection?: boolean;
}

export function createAdapter(win: Window, env: HostEnv, choice: AdapterChoice = {}): HostAdapter {
  if (isGoogleDocsEditor(win.location, win.document)) return createGoogleDocsAdapter(win, env);
  const site = detectSigningSite(win.location, win.document);
  if (site) return createESignatureAdapter(win, env, site);
  if (choice.selection && hasUsableSelection(win)) return createSelectionAdapter(win, env);
  return createDomAdapter(win, env);
}

/**
 * How much contract text a frame holds, so the background keeps the review of the frame with the most of it
 * (Word for the web: the ribbon frame has a few words, the document frame the contract).
 */
export function frameWeight(text: string): number {
  return text.replace(/\s+/g, ' ').length;
}
