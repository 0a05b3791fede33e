/**
 * Getting a PDF into the viewer: from a URL (viewer.html?file=…, host permission asked only when needed), from
 * a picked or dropped file; then pdf.js (worker bundled with the extension, no remote fonts or code). Every
 * way it can fail maps to one `viewer_error_*` message, so the user always learns what to do next.
 */
import { browser } from 'wxt/browser';

export type OpenFailure =
  | 'not-pdf' // the bytes are not a PDF (an expired link often answers with a web page)
  | 'damaged' // claims to be a PDF, pdf.js cannot read it
  | 'fetch' // network error or HTTP error (expired link, 404, 403)
  | 'permission' // the user did not allow reading from that site
  | 'file-access' // Chrome: file:// without "Allow access to file URLs"
  | 'file-firefox' // Firefox never lets extensions read file://
  | 'unknown';

export const FAILURE_KEYS: Record<OpenFailure, string> = {
  'not-pdf': 'viewer_error_not_pdf',
  damaged: 'viewer_error_damaged',
  fetch: 'viewer_error_fetch',
  permission: 'viewer_error_permission',
  'file-access': 'viewer_error_file_access',
  'file-firefox': 'viewer_error_file_firefox',
  unknown: 'viewer_error_unknown',
};

export class OpenError extends Error {
  constructor(
    readonly reason: OpenFailure,
    detail = '',
  ) {
    super(detail || reason);
    this.name = 'OpenError';
  }
}

/** Whether the first KiB holds the "%PDF-" signature (pdf.js tolerates junk before it, so do we). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** The origin pattern to ask for before fetching `url`, or null when no host permission applies. */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.origin}/*` : null;
  } catch {
    return null;
  }
}

/** The file name to show for a URL ("contrat.pdf"), decoded. */
export function fileNameOf(url: string): string {
  try {
    const last = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
    return decodeURIComponent(last) || url;
  } catch {
    return url;
  }
}

/** Whether the extension may already read `url` (no prompt needed). */
export async function canRead(url: string): Promise<boolean> {
  const pattern = originPattern(url);
  if (!pattern) return true;
  return browser.permissions.contains({ origins: [pattern] });
}

/** Asks for `url`'s origin; must run inside a user gesture (a click). */
export async function requestRead(url: string): Promise<boolean> {
  const pattern = originPattern(url);
  if (!pattern) return true;
  return browser.permissions.request({ origins: [pattern] });
}

/**
 * Chrome, file:// (fetch() refuses that scheme; XHR reads it when the user allowed file access). Rejects with
 * 'file-access' when the access is off or the file cannot be read.
 */
export async function readLocalUrl(url: string): Promise<Uint8Array> {
  if (!(await browser.extension.isAllowedFileSchemeAccess())) throw new OpenError('file-access');
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url);
    xhr.responseType = 'arraybuffer';
    xhr.onload = () =>
      xhr.response instanceof ArrayBuffer && xhr.response.byteLength
        ? resolve(new Uint8Array(xhr.response))
        : reject(new OpenError('fetch', 'empty'));
    xhr.onerror = () => reject(new OpenError('file-access'));
    xhr.send();
  });
}

/** Downloads `url` (credentials included, for links behind the user's session); file:// via `readLocal`. */
export async function fetchPdf(
  url: string,
  isFirefox: boolean,
  fetchImpl: typeof fetch = fetch,
  readLocal: (url: string) => Promise<Uint8Array> = readLocalUrl,
): Promise<Uint8Array> {
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  let bytes: Uint8Array;
  if (scheme === 'file:') {
    if (isFirefox) throw new OpenError('file-firefox');
    bytes = await readLocal(url);
  } else {
    let response: Response;
    try {
      response = await fetchImpl(url, { credentials: 'include' });
    } catch (error) {
      throw new OpenError('fetch', (error as Error).message);
    }
    if (!response.ok) throw new OpenError('fetch', `HTTP ${response.status}`);
    bytes = new Uint8Array(await response.arrayBuffer());
  }
  if (!looksLikePdf(bytes)) throw new OpenError('not-pdf');
  return bytes;
}

export async function readFile(file: Blob): Promise<Uint8Array> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!looksLikePdf(bytes)) throw new OpenError('not-pdf');
  return bytes;
}

/** pdf.js' errors → what the user is told. PasswordException is handled by the password prompt instead. */
export function classifyPdfError(error: unknown): OpenFailure {
  if (error instanceof OpenError) return error.reason;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException') return 'damaged';
  return 'unknown';
}
