/**
 * Background side of the Google Docs host: fetch the document's text export with the user's session and tell
 * text from a sign-in page or a refusal. Kept apart from ./google-docs.ts so the background bundles no DOM code.
 */
import type { ExportResult } from './types';
import { DOCS_HOST, isLocalFixture } from './local';

/** Whether the background may fetch `url` for a content script: only a Docs text export, never anything else. */
export function isExportUrl(url: string): boolean {
  try {
    const u = new URL(url);
    const allowedHost = (u.protocol === 'https:' && u.hostname === DOCS_HOST) || isLocalFixture(u);
    return allowedHost && /^\/document\/(?:u\/\d+\/)?d\/[A-Za-z0-9_-]+\/export$/.test(u.pathname) && u.searchParams.get('format') === 'txt';
  } catch {
    return false;
  }
}

/** Reads an export response: text, or why there is none. */
export function classifyExport(status: number, contentType: string, finalUrl: string, body: string): ExportResult {
  if (status === 401 || /accounts\.google\.com|ServiceLogin/.test(finalUrl)) return { ok: false, reason: 'signin' };
  if (status === 403) return { ok: false, reason: 'forbidden' };
  if (status < 200 || status >= 300) return { ok: false, reason: 'unavailable' };
  // Docs answers an HTML page (sign-in, "you need access") with 200 when the session is missing.
  if (/html/i.test(contentType) || /^\s*<(!doctype|html)/i.test(body)) return { ok: false, reason: 'signin' };
  return { ok: true, text: body.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
}

/** Background side of `docs:export`: fetch with the user's cookies, classify. */
export async function fetchDocsExport(url: string, fetchImpl: typeof fetch = fetch): Promise<ExportResult> {
  if (!isExportUrl(url)) return { ok: false, reason: 'unavailable' };
  try {
    const res = await fetchImpl(url, { credentials: 'include', redirect: 'follow', cache: 'no-store' });
    return classifyExport(res.status, res.headers.get('content-type') ?? '', res.url || url, await res.text());
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
}

