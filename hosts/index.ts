/**
 * The detection factory: which host adapter handles this window. Order matters: the specific hosts first
 * (Google Docs editor, e-signature sites), then the reader's selection when asked for, then any DOM page
 * (Word for the web's document frame, published Google Docs and email bodies included: the content script runs
 * in every frame, each frame reviews its own document and the background keeps the one with the most text).
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

