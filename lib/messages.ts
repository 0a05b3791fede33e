/**
 * The one message protocol between Vigie's parts. Each name is prefixed in its doc comment by its direction
 * (who sends → who handles). Messages travel as `{ vigie: name, payload }` and answers as
 * `{ ok: true, value } | { ok: false, error }` so a failing handler rejects the sender's promise.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Review } from '../rules/engine/types';
import type { ExportResult } from '../hosts/types';
import type { PackedReview } from './review-pack';

export interface ReviewRequestResult {
  /** false when the page cannot be reviewed (browser pages, stores, file:// without access). */
  ok: boolean;
  /** Locale key of the reason when !ok (bg_error_*). */
  reason?: string;
}

export interface ProtocolMap {
  /** popup/panel → background: review the page in this tab (injects the on-demand content script). */
  'review:request': { request: { tabId: number }; response: ReviewRequestResult };
  /** content (Google Docs, signing pages: entrypoints/*.content.ts) → background: review this tab without a click. */
  'review:auto': { request: Record<string, never>; response: ReviewRequestResult };
  /** popup/panel → background: review this text as a selection of the tab (context menu path, tests). */
  'review:text': { request: { tabId: number; text: string; url: string; title: string }; response: void };
  /**
   * viewer → background: the PDF viewer's latest review of its document (it runs the engine itself).
   * The background keeps, per tab, the frame whose reviewed text is longest (Review.length).
   */
  'review:updated': {
    request: { docKey: string; url: string; title: string; review: Review; source: 'page' | 'selection' | 'pdf'; text: string };
    response: void;
  };
  /**
   * content → background: review this frame's text with the user's settings and the document's dismissals.
   * The engine runs in the background, where it stays compiled and warm between reviews (a freshly injected
   * content script would compile every pattern first); the result also becomes the frame's review of the tab.
   */
  'review:run': {
    request: { docKey: string; url: string; title: string; source: 'page' | 'selection'; text: string };
    response: PackedReview;
  };
  /** popup → background: the user is likely to review soon; compile and warm the engine now. */
  'engine:warm': { request: Record<string, never>; response: void };
  /** content → background: progress of a long review, 0..1. */
  'review:progress': { request: { progress: number }; response: void };
  /** content → background: reading or reviewing the page failed (message is shown, previous review kept). */
  'review:failed': { request: { error: string }; response: void };
  /** background → content (every frame): review the page, or only the reader's selection. */
  'content:review': { request: { selection: boolean }; response: void };
  /** content → background: open the side panel on this tab (false when the browser refuses without a click). */
  'panel:open': { request: { findingId?: string }; response: boolean };
  /** content → background: fetch a Google Docs text export with the user's session (hosts/google-docs). */
  'docs:export': { request: { url: string }; response: ExportResult };
  /** content/popup → background: open Vigie's PDF viewer in a new tab, on this PDF URL or empty (file picker). */
  'viewer:open': { request: { file?: string }; response: void };
  /** popup/panel → background: remove Vigie's marks, cards and banners from the tab (every frame). */
  'review:clear': { request: { tabId: number }; response: void };
  /** background → content (every frame): clear the page exactly as it was and stop watching it. */
  'content:clear': { request: Record<string, never>; response: void };
  /** panel → background → content: scroll to a finding and flash it. Answers false when it is not found. */
  'finding:show': { request: { tabId: number; findingId: string }; response: boolean };
}

export type MessageName = keyof ProtocolMap;
export type Request<N extends MessageName> = ProtocolMap[N]['request'];
export type Response<N extends MessageName> = ProtocolMap[N]['response'];

interface Envelope<N extends MessageName = MessageName> {
  vigie: N;
  payload: Request<N>;
}
type Answer<T> = { ok: true; value: T } | { ok: false; error: string };

function unwrap<T>(answer: Answer<T> | undefined, name: string): T {
  // No listener answered: Chrome resolves undefined, Firefox rejects (caught by the caller's promise).
  if (!answer) throw new Error(`No handler for ${name}`);
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

/** Send to the background (or any extension page that handles `name`). */
export async function sendToBackground<N extends MessageName>(name: N, payload: Request<N>): Promise<Response<N>> {
  const envelope: Envelope<N> = { vigie: name, payload };
  return unwrap(await browser.runtime.sendMessage(envelope) as Answer<Response<N>> | undefined, name);
}

/** Send to the content scripts of a tab: every frame, or only `frameId` (the first answer wins). */
export async function sendToTab<N extends MessageName>(
  tabId: number,
  name: N,
  payload: Request<N>,
  frameId?: number,
): Promise<Response<N>> {
  const envelope: Envelope<N> = { vigie: name, payload };
  const answer = frameId === undefined
    ? await browser.tabs.sendMessage(tabId, envelope)
    : await browser.tabs.sendMessage(tabId, envelope, { frameId });
  return unwrap(answer as Answer<Response<N>> | undefined, name);
}

export type Handler<N extends MessageName> = (
  payload: Request<N>,
  sender: Browser.runtime.MessageSender,
) => Response<N> | Promise<Response<N>>;

/** Handle `name` until `signal` aborts. Other messages are left to their own listeners. */
export function onMessage<N extends MessageName>(name: N, handler: Handler<N>, signal: AbortSignal): void {
  if (signal.aborted) return;
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (a: Answer<Response<N>>) => void) => {
    if (!isEnvelope(message) || message.vigie !== name) return undefined;
    Promise.resolve()
      .then(() => handler(message.payload as Request<N>, sender))
      .then(
        (value) => sendResponse({ ok: true, value }),
        (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    return true; // keeps the channel open for the async answer (Chrome and Firefox)
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as Envelope).vigie === 'string';
}
