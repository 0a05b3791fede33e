/**
 * Which pages an extension may read. Browsers forbid scripting their own pages, the extension stores and
 * page-source views; file:// pages need the user to allow file access on the extension's management page.
 */

export type Reviewability = { ok: true } | { ok: false; reason: 'bg_error_restricted' | 'bg_error_file_access' };

const RESTRICTED_SCHEMES = [
  'chrome:', 'chrome-extension:', 'chrome-untrusted:', 'chrome-search:', 'devtools:', 'edge:', 'brave:', 'opera:',
  'vivaldi:', 'about:', 'moz-extension:', 'resource:', 'view-source:', 'data:', 'javascript:', 'blob:',
];

/** Extension stores: scripting them is refused by the browser. */
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/addons\.opera\.com\//,
];

/** `fileAccess`: whether the user allowed file URLs (browser.extension.isAllowedFileSchemeAccess()). */
export function reviewability(url: string | undefined, fileAccess: boolean): Reviewability {
  if (!url) return { ok: true }; // unknown URL (no grant yet): the injection itself will tell
  const lower = url.toLowerCase();
  if (RESTRICTED_SCHEMES.some((scheme) => lower.startsWith(scheme))) return { ok: false, reason: 'bg_error_restricted' };
  if (STORE_PAGES.some((re) => re.test(lower))) return { ok: false, reason: 'bg_error_restricted' };
  if (lower.startsWith('file:') && !fileAccess) return { ok: false, reason: 'bg_error_file_access' };
  return { ok: true };
}

/** The reason to show when the browser refused the injection (the URL was not visible to us beforehand). */
export function injectionFailure(message: string): 'bg_error_restricted' | 'bg_error_file_access' | 'bg_error_inject' {
  if (/file:\/\//i.test(message)) return 'bg_error_file_access';
  if (/cannot be scripted|cannot access (a |contents of )?(url )?"?(chrome|edge|about|devtools|view-source|chrome-extension)|gallery|webstore/i.test(message)) {
    return 'bg_error_restricted';
  }
  return 'bg_error_inject';
}

/** A PDF shown by the browser's own viewer (which no extension can script): offer Vigie's viewer instead. */
export function isPdfUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const { pathname, protocol } = new URL(url);
    return /^(https?|file):$/.test(protocol) && /\.pdf$/i.test(pathname);
  } catch {
    return false;
  }
}

/** The page of Vigie's PDF viewer for `file`, or empty for its file picker (built by the viewer entrypoint). */
export function viewerPath(file?: string): string {
  return file ? `/viewer.html?file=${encodeURIComponent(file)}` : '/viewer.html';
}
