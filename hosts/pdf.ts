/**
 * The PDF host: Vigie's viewer shows the document with pdf.js (a canvas and a TextLayer per page) and reviews
 * the text ./pdf-text.ts assembled. This adapter maps engine offsets to the text-layer spans of the pages that
 * are rendered (pages render lazily, so highlights follow as pages appear) and reuses the DOM host's marks,
 * cards and keyboard handling (./dom.ts) on those spans: same colours, cards, dismiss actions as on web pages.
 *
 * Across lines, columns and page breaks a finding covers several spans on several pages; ./pdf-text.ts
 * records which item (= span, TextLayer.textDivs order) each character comes from.
 *
 * Close to HostAdapter (./types.ts) but shaped by a paged document: the text comes from the extraction
 * (./pdf-text.ts), not from the DOM; scrollTo() and step() are async (the page may have to render first);
 * pages report their text layers (pageRendered/Released) instead of a MutationObserver. Viewer only.
 */
import type { Finding } from '../rules/engine/types';
import { DomAdapter } from './dom';
import { DomText, type Segment } from './dom-text';
import { groupFindings, MARK_CLASS } from './marks';
import type { HostEnv } from './types';
import { SHORTCUTS } from './types';
import type { TextAssembler } from './pdf-text';

export interface PdfHostOptions {
  /** Scrolls page `index` (0-based) into view and resolves once its text layer is rendered. */
  ensurePage(index: number): Promise<void>;
}

const FIND_HIGHLIGHT = 'vigie-find';

export class PdfHost {
  readonly name = 'pdf' as const;
  /** Text-layer spans of the rendered pages, by page index. */
  private readonly layers = new Map<number, readonly HTMLElement[]>();
  /** First piece index of each page in assembler.pieces (pieces are in page order). */
  private readonly firstPiece: number[] = [];
  private readonly dom: DomAdapter;
  private findings: readonly Finding[] = [];
  private readonly keys = new AbortController();

  constructor(
    private readonly win: Window,
    env: HostEnv,
    private readonly assembler: TextAssembler,
    private readonly options: PdfHostOptions,
  ) {
    this.dom = new DomAdapter(win, env, 'dom', () => this.readDom());
    // Next/previous finding must reach pages that are not rendered yet: handled here, before the DOM host's
    // own handler (which only knows the marks in the page).
    win.addEventListener(
      'keydown',
      (e) => {
        const next = matches(e, SHORTCUTS.next);
        if (!next && !matches(e, SHORTCUTS.previous)) return;
        e.preventDefault();
        e.stopImmediatePropagation();
        void this.step(next ? 1 : -1);
      },
      { capture: true, signal: this.keys.signal },
    );
  }

  /** A page's text layer is in the DOM (spans in TextLayer.textDivs order): mark its findings. */
  pageRendered(index: number, textDivs: readonly HTMLElement[]): void {
    this.layers.set(index, textDivs);
    this.repaint();
  }

  /** A page's text layer was removed (zoom, teardown). */
  pageReleased(index: number): void {
    this.layers.delete(index);
  }

  /** Shows `findings` on the rendered pages; returns how many are marked there. */
  highlight(findings: readonly Finding[]): number {
    this.findings = findings;
    return this.repaint();
  }

  private repaint(): number {
    if (!this.findings.length && !this.layers.size) return 0;
    this.dom.readText(); // fresh snapshot: the set of rendered pages changed
    return this.dom.highlight(this.findings);
  }

  /** Brings the finding's page into view, then scrolls to its marks and flashes them. */
  async scrollTo(finding: Finding): Promise<boolean> {
    if (finding.end <= finding.start || !this.findings.some((f) => f.id === finding.id && !f.dismissed)) return false;
    await this.options.ensurePage(this.assembler.pageAt(finding.start));
    return this.dom.scrollTo(finding);
  }

  /** Alt+Shift+N / Alt+Shift+P: the next / previous group of findings in the document, on any page. */
  async step(direction: 1 | -1): Promise<void> {
    const groups = groupFindings(this.findings);
    if (!groups.length) return;
    const active = this.win.document.activeElement as HTMLElement | null;
    const activeIds = active?.closest?.(`mark.${MARK_CLASS}`)?.getAttribute('data-vigie-ids')?.split(' ') ?? [];
    const at = groups.findIndex((g) => g.findings.some((f) => activeIds.includes(f.id)));
    const target = groups[at < 0 ? (direction > 0 ? 0 : groups.length - 1) : (at + direction + groups.length) % groups.length]!;
    await this.options.ensurePage(this.assembler.pageAt(target.start));
    const id = target.findings[0]!.id;
    const mark = Array.from(this.win.document.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}`)).find((m) =>
      (m.dataset.vigieIds ?? '').split(' ').includes(id),
    );
    if (!mark) return;
    const first = mark.tabIndex === 0 ? mark : (this.win.document.querySelector<HTMLElement>(`mark.${MARK_CLASS}[data-vigie-id="${CSS.escape(mark.dataset.vigieId ?? '')}"][tabindex="0"]`) ?? mark);
    first.focus({ preventScroll: true });
    first.scrollIntoView({ block: 'center' });
  }

  /** Find in document: paints text[start, end) (rendered pages) with the find highlight and scrolls to it. */
  async showMatch(start: number, end: number): Promise<void> {
    await this.options.ensurePage(this.assembler.pageAt(start));
    const range = this.readDom().locate(start, end);
    if (typeof CSS !== 'undefined' && 'highlights' in CSS) {
      if (range) CSS.highlights.set(FIND_HIGHLIGHT, new Highlight(range));
      else CSS.highlights.delete(FIND_HIGHLIGHT);
    }
    range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  }

  clearMatch(): void {
    if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(FIND_HIGHLIGHT);
  }

  destroy(): void {
    this.keys.abort();
    this.clearMatch();
    this.dom.destroy();
    this.layers.clear();
  }

  /**
   * The document text with an offset map onto the spans of the rendered pages only. Marks split the spans'
   * text nodes; DomAdapter clears them (merging the nodes back) before it reads again, and normalize() leaves
   * one text node per span.
   */
  private readDom(): DomText {
    const pieces = this.assembler.pieces;
    const segments: Segment[] = [];
    for (const [page, divs] of [...this.layers].sort((a, b) => a[0] - b[0])) {
      for (let i = this.pieceIndex(page); i < pieces.length && pieces[i]!.page === page; i++) {
        const p = pieces[i]!;
        const div = divs[p.item];
        if (!div) continue;
        if (div.childNodes.length !== 1) div.normalize();
        const node = div.firstChild;
        if (!node || node.nodeType !== 3) continue;
        segments.push({ node: node as Text, start: p.start, nodeOffset: p.itemStart, length: p.length });
      }
    }
    return new DomText(this.assembler.text, segments);
  }

  private pieceIndex(page: number): number {
    const pieces = this.assembler.pieces;
    // Pages arrive in order: extend the index lazily.
    for (let p = this.firstPiece.length; p <= page; p++) {
      let i = p > 0 ? this.firstPiece[p - 1]! : 0;
      while (i < pieces.length && pieces[i]!.page < p) i++;
      this.firstPiece[p] = i;
    }
    return this.firstPiece[page]!;
  }
}

function matches(e: KeyboardEvent, s: { altKey: boolean; shiftKey: boolean; code: string }): boolean {
  return e.altKey === s.altKey && e.shiftKey === s.shiftKey && !e.ctrlKey && !e.metaKey && e.code === s.code;
}
