/**
 * The Google Docs editor draws its text on a canvas, so the text comes from the document's own export
 * (`/document/d/<id>/export?format=txt`), fetched by the background with the user's session — the same file
 * "File > Download > Plain text" gives. A sign-in page, a 403 or disabled downloads become a clear message, never
 * a false "0 points". Findings are listed in the popup / side panel; they are marked in place only where Docs
 * exposes an accessible text layer in the DOM. Published documents (/pub) are ordinary DOM pages.
 */
import type { Finding } from '../rules/engine/types';
import type { HostAdapter, HostEnv, TextSnapshot } from './types';
import { HostTextError } from './types';
import { DomText, readDomText } from './dom-text';
import { CHANGE_INTERVAL, DomAdapter } from './dom';
import { DOCS_HOST, isLocalFixture } from './local';

const EDITOR_PATH = /^\/document\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]+)\//;
/** The editor's root; the test fixture copies it. */
export const EDITOR_SELECTOR = '.kix-appview-editor';
/** DOM text Docs keeps for assistive technology (screen reader / braille support), when enabled. */
export const TEXT_LAYER_SELECTOR = '.kix-appview-editor [role="document"], .kix-appview-editor .kix-paragraphrenderer';

export function googleDocsId(location: Location): string | undefined {
  // published documents (/d/e/<id>/pub, /d/<id>/pub) are plain pages: the DOM host reads them
  if (/\/pub(?:\/|$)|\/d\/e\//.test(location.pathname)) return undefined;
  return EDITOR_PATH.exec(location.pathname)?.[1];
}

export function isGoogleDocsEditor(location: Location, doc: Document): boolean {
  if (!googleDocsId(location)) return false;
  if (location.hostname === DOCS_HOST) return true;
  return isLocalFixture(location) && !!doc.querySelector(EDITOR_SELECTOR);
}

/** The export URL; on the local fixture its own origin serves a stub, so tests never reach Google. */
export function exportUrl(location: Location): string {
  const origin = location.hostname === DOCS_HOST ? `https://${DOCS_HOST}` : location.origin;
  return `${origin}/document/d/${googleDocsId(location)}/export?format=txt`;
}

/** Collapses whitespace, remembering where each kept character came from. */
function squash(text: string): { text: string; map: number[] } {
  const map: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const space = /\s/.test(ch);
    if (space && (out.endsWith(' ') || !out)) continue;
    out += space ? ' ' : ch;
    map.push(i);
  }
  return { text: out, map };
}

/** Moves findings from export offsets to the text layer's, by their quote; those not found are left out. */
export function relocate(findings: readonly Finding[], layerText: string): Finding[] {
  const layer = squash(layerText);
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.end <= f.start) continue;
    const quote = squash(f.quote).text.trim();
    if (!quote) continue;
    const at = layer.text.indexOf(quote);
    if (at < 0) continue;
    out.push({ ...f, start: layer.map[at]!, end: layer.map[at + quote.length - 1]! + 1 });
  }
  return out;
}

export class GoogleDocsAdapter implements HostAdapter {
  readonly name = 'google-docs' as const;
  /** Marks and cards on the accessible text layer, when Docs has one (read afresh: Docs may rebuild it). */
  private readonly layer: DomAdapter;
  private findings: readonly Finding[] = [];
  /** The layer text the marks were placed on. */
  private layerText = '';

  constructor(
    private readonly win: Window,
    private readonly env: HostEnv,
  ) {
    this.layer = new DomAdapter(win, env, 'google-docs', () => {
      const root = win.document.querySelector(TEXT_LAYER_SELECTOR);
      return root ? readDomText(root) : new DomText('', []);
    });
  }

  matches(location: Location): boolean {
    return isGoogleDocsEditor(location, this.win.document);
  }

  async readText(): Promise<TextSnapshot> {
    const result = await this.env.fetchExport(exportUrl(this.win.location));
    if (!result.ok) throw new HostTextError(result.reason, `host_docs_${result.reason}`);
    if (!result.text.trim()) throw new HostTextError('no-text', 'host_no_text');
    return { text: result.text, locate: () => null };
  }

  /** Marks the findings found again (by quote) in the accessible text layer; 0 when Docs has none. */
  highlight(findings: readonly Finding[]): number {
    this.findings = findings;
    this.layer.clear();
    try {
      const { text } = this.layer.readText();
      this.layerText = text;
      return this.layer.highlight(relocate(findings, text));
    } catch {
      this.layerText = '';
      return 0; // no text layer
    }
  }

  scrollTo(finding: Finding): boolean {
    return this.layer.scrollTo(finding);
  }

  /**
   * The export follows saved edits: re-review when the reader comes back to the tab. The text layer may appear
   * or change after the review (Docs builds it lazily): the marks follow it.
   */
  observeChanges(callback: () => void, signal: AbortSignal): void {
    const doc = this.win.document;
    doc.addEventListener('visibilitychange', () => {
      if (doc.visibilityState === 'visible') callback();
    }, { signal });
    const editor = doc.querySelector(EDITOR_SELECTOR);
    if (!editor || signal.aborted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      timer ??= setTimeout(() => {
        timer = undefined;
        const root = doc.querySelector(TEXT_LAYER_SELECTOR);
        const text = root ? readDomText(root).text : '';
        if (this.findings.length && text !== this.layerText) this.highlight(this.findings);
      }, CHANGE_INTERVAL);
    });
    observer.observe(editor, { childList: true, subtree: true, characterData: true });
    this.layer.observeChanges(() => this.highlight(this.findings), signal);
    signal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(timer);
    });
  }

  clear(): void {
    this.findings = [];
    this.layer.clear();
  }

  destroy(): void {
    this.findings = [];
    this.layer.destroy();
  }
}

export function createGoogleDocsAdapter(win: Window, env: HostEnv): HostAdapter {
  return new GoogleDocsAdapter(win, env);
}
