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
import { readDomText } from './dom-text';
import { DomAdapter } from './dom';
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
  /** Marks and cards on the accessible text layer, when Docs has one. */
  private layer: DomAdapter | null = null;

  constructor(
    private readonly win: Window,
    private readonly env: HostEnv,
  ) {}

  matches(location: Location): boolean {
    return isGoogleDocsEditor(location, this.win.document);
  }

  async readText(): Promise<TextSnapshot> {
    const result = await this.env.fetchExport(exportUrl(this.win.location));
    if (!result.ok) throw new HostTextError(result.reason, `host_docs_${result.reason}`);
    if (!result.text.trim()) throw new HostTextError('no-text', 'host_no_text');
    return { text: result.text, locate: () => null };
  }

  highlight(findings: readonly Finding[]): number {
    const root = this.win.document.querySelector(TEXT_LAYER_SELECTOR);
    this.layer?.clear();
    if (!root) return 0;
    this.layer ??= new DomAdapter(this.win, this.env, 'google-docs', () => readDomText(root));
    try {
      const { text } = this.layer.readText();
      return this.layer.highlight(relocate(findings, text));
    } catch {
      return 0;
    }
  }

  scrollTo(finding: Finding): boolean {
    return this.layer?.scrollTo(finding) ?? false;
  }

  /** The export follows saved edits: re-review when the reader comes back to the tab. */
  observeChanges(callback: () => void, signal: AbortSignal): void {
    this.win.document.addEventListener('visibilitychange', () => {
      if (this.win.document.visibilityState === 'visible') callback();
    }, { signal });
  }

  clear(): void {
    this.layer?.clear();
  }

  destroy(): void {
    this.layer?.destroy();
    this.layer = null;
  }
}

export function createGoogleDocsAdapter(win: Window, env: HostEnv): HostAdapter {
  return new GoogleDocsAdapter(win, env);
}
