/**
 * The hosts Vigie acts on without a click (README "Permissions"): Google Docs documents are reviewed when they
 * open, signing pages get the "Review this document with Vigie" banner. Only these get content scripts declared
 * in the manifest (entrypoints/google-docs.content.ts, entrypoints/esign.content.ts) and host permissions (the
 * background fetches the Docs export with the user's session; the viewer fetches the signing page's PDF).
 * Every other page is reviewed on demand, through activeTab.
 */
import { SIGNING_SITES } from './esign/index';

export const DOCS_MATCHES = ['https://docs.google.com/document/*'];
export const SIGNING_MATCHES = SIGNING_SITES.flatMap((site) => site.matches);

/** The same pages on the test harness, added to end-to-end builds only (VIGIE_E2E=1). */
export const E2E_DOCS_MATCHES = ['http://127.0.0.1/document/d/*'];
export const E2E_SIGNING_MATCHES = ['http://127.0.0.1/fixtures/hosts/docusign/*'];

/** Origin-wide patterns for the manifest's host_permissions. */
export const AUTOMATIC_HOST_PERMISSIONS = [...new Set([...DOCS_MATCHES, ...SIGNING_MATCHES].map((m) => m.replace(/^([a-z]+:\/\/[^/]+)\/.*$/, '$1/*')))];

/**
 * True while WXT builds an end-to-end build. Entrypoint options are evaluated in Node at build time; in the
 * browser `process` does not exist and the manifest is already written.
 */
export function e2eBuild(): boolean {
  return typeof process !== 'undefined' && process.env?.VIGIE_E2E === '1';
}
