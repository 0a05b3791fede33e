/**
 * The host adapter interface (after Hypothesis' `Integration`): one file per host behind it, chosen by
 * `createAdapter(window)` in ./index.ts. The engine sees only strings and offsets; the adapter owns the mapping
 * between engine offsets and DOM ranges, and the in-page UI (marks, cards, banners).
 *
 * Life cycle, as the on-demand content script drives it:
 *   const adapter = createAdapter(window, env);
 *   const { text } = await adapter.readText();          // may throw HostTextError (see below)
 *   const review = review(text, options);
 *   adapter.highlight(review.findings);                  // returns how many findings are shown in the page
 *   adapter.observeChanges(() => reread(), ctx.signal);  // at most once per 500 ms, only when the text changed
 *   adapter.scrollTo(finding);                           // "Show in page"
 *   adapter.clear();                                     // "Clear": the page's DOM is restored exactly
 *   adapter.destroy();                                   // also clear()s
 */
import type { Finding } from '../rules/engine/types';

export type HostName = 'dom' | 'selection' | 'google-docs' | 'e-signature';

/** What readText() gives: the text the engine reviews, and the way back from its offsets to the page. */
export interface TextSnapshot {
  text: string;
  /** DOM range of text[start, end), or null when the host has no in-page text for it (Docs canvas, PDF-only). */
  locate(start: number, end: number): Range | null;
}

/**
 * Why a host has no text to review. The content script shows `t(messageKey)` instead of a review, so a sign-in
 * page or a 403 never turns into a false "0 points".
 */
export type HostTextFailure =
  | 'signin' // Google Docs export answered with a sign-in page
  | 'forbidden' // 403 / downloads disabled by the document owner
  | 'unavailable' // network error, 404, 5xx
  | 'pdf-only' // signing page: pages are images, the PDF must be opened in Vigie's viewer (banner shown)
  | 'no-text'; // nothing readable on the page

export class HostTextError extends Error {
  constructor(
    readonly reason: HostTextFailure,
    /** `host_*` locale key explaining what to do. */
    readonly messageKey: string,
  ) {
    super(`${reason}: ${messageKey}`);
    this.name = 'HostTextError';
  }
}

/** What the in-page UI needs from the extension; the content script wires it to lib/ (storage, messages, i18n). */
export interface HostEnv {
  /** Localised string (lib/i18n `t`). */
  t(key: string, substitutions?: string | string[]): string;
  /** "Dismiss" in the card (reason optional); the content script re-reviews through the doc state watch. */
  dismiss(findingId: string, reason?: string): void | Promise<void>;
  /** "Open in the side panel": asks the background; false when the browser cannot open it from here (the card
   * then tells the user to click the toolbar button). */
  openPanel(findingId: string): Promise<boolean | void>;
  /** Signing pages: opens Vigie's PDF viewer on the page's own download link, or empty to drop a file in. */
  openViewer(file: string | undefined): Promise<void>;
  /** Google Docs: the document's own text export, fetched by the background with the user's session. */
  fetchExport(url: string): Promise<ExportResult>;
}

/** Outcome of the Google Docs export fetch (classified by classifyExport() of ./google-docs-export.ts, in the background). */
export type ExportResult = { ok: true; text: string } | { ok: false; reason: Exclude<HostTextFailure, 'pdf-only' | 'no-text'> };

export interface HostAdapter {
  readonly name: HostName;
  /** Whether this adapter handles the page at `location` (detection also looks at the document). */
  matches(location: Location): boolean;
  /** The text to review. Sync for DOM-backed hosts, async for the Google Docs export. Throws HostTextError. */
  readText(): Promise<TextSnapshot> | TextSnapshot;
  /**
   * Shows `findings` (dismissed and missing-protection findings are skipped) in the page, replacing the previous
   * marks, and returns how many distinct findings are marked. Uses the snapshot of the last readText().
   */
  highlight(findings: readonly Finding[]): number;
  /** Scrolls to the finding's marks and flashes them; false when it has none in the page. */
  scrollTo(finding: Finding): boolean;
  /**
   * Calls `callback` when the document's text may have changed (debounced to 500 ms) and puts marks back when the
   * page re-renders and drops them. Stops when `signal` aborts.
   */
  observeChanges(callback: () => void, signal: AbortSignal): void;
  /** Removes every mark, card and banner: the page's DOM is as it was before the review. */
  clear(): void;
  /** clear() and stop observing. */
  destroy(): void;
}

/** Keyboard shortcuts of the in-page UI (README "Hosts"). */
export const SHORTCUTS = {
  next: { altKey: true, shiftKey: true, code: 'KeyN' },
  previous: { altKey: true, shiftKey: true, code: 'KeyP' },
} as const;
