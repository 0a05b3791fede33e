/**
 * One signing site: where it lives and how its signing page looks. Each site's selectors live in one file of this
 * folder, mirrored by its fixture in test/fixtures/hosts/<id>/ (the e2e test checks the fixture matches them).
 */
export interface SigningSite {
  id: 'docusign' | 'yousign' | 'adobe-sign' | 'dropbox-sign';
  /** Shown in the banner. */
  name: string;
  /** Host names of the signing pages (also the `matches` of entrypoints/esign.content.ts). */
  hosts: RegExp;
  /** Match patterns for the automatically injected content script. */
  matches: string[];
  /** Present on a signing page once the document is shown (page images). */
  documentSelector: string;
  /** The page's own download link for the PDF, when it has one as a plain link. */
  downloadSelector: string;
}
