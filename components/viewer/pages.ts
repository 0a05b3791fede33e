/**
 * The viewer's pages, as plain DOM (hundreds of pages, no virtual DOM diffing): one placeholder per page sized
 * from the page box, a canvas and a pdf.js TextLayer rendered when the page comes near the viewport
 * (IntersectionObserver), both freed again when it goes far away so a 500-page document stays light.
 * Text layers use the text content the extraction already read, so spans and engine offsets agree.
 */
import { TextLayer, type PDFDocumentProxy, type PDFPageProxy, type RenderTask } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';

export interface PageStackOptions {
  /** The text content of page `index`, once the extraction has read it. */
  textContent(index: number): Promise<TextContent>;
  /** A page's text layer is in the DOM. */
  onTextLayer(index: number, textDivs: readonly HTMLElement[]): void;
  onTextLayerRemoved(index: number): void;
  /** The page most in view changed (0-based). */
  onCurrentPage(index: number): void;
  /** Accessible label of a page ("Page 3 of 12"). */
  pageLabel(index: number): string;
}

interface PageSlot {
  el: HTMLElement;
  /** PDF units [x0, y0, x1, y1]. */
  view: number[];
  canvas: HTMLCanvasElement | null;
  render: RenderTask | null;
  textLayer: TextLayer | null;
  textLayerEl: HTMLElement | null;
  /** The render in flight, if any. */
  pending: Promise<void> | null;
  near: boolean;
}

const CSS_UNITS = 96 / 72;

export class PageStack {
  private readonly slots: PageSlot[];
  private scale = 1;
  private readonly near: IntersectionObserver;
  private readonly visible: IntersectionObserver;
  private readonly ratios = new Map<number, number>();
  private destroyed = false;

  constructor(
    private readonly container: HTMLElement,
    private readonly pdf: PDFDocumentProxy,
    firstView: number[],
    private readonly options: PageStackOptions,
  ) {
    this.slots = Array.from({ length: pdf.numPages }, (_, index) => {
      const el = container.ownerDocument.createElement('div');
      el.className = 'page';
      el.dataset.page = String(index + 1);
      el.setAttribute('role', 'region');
      el.setAttribute('aria-label', options.pageLabel(index));
      container.append(el);
      return { el, view: firstView, canvas: null, render: null, textLayer: null, textLayerEl: null, pending: null, near: false };
    });
    // Render a screen ahead and behind; free canvases beyond three screens.
    this.near = new IntersectionObserver((entries) => this.onNear(entries), { root: container, rootMargin: '100% 0px' });
    this.visible = new IntersectionObserver((entries) => this.onVisible(entries), {
      root: container,
      threshold: [0, 0.25, 0.5, 0.75, 1],
    });
    this.slots.forEach((s) => {
      this.size(s);
      this.near.observe(s.el);
      this.visible.observe(s.el);
    });
    // The first page is always in view at opening: no need to wait for the observer's first report.
    void this.renderPage(0);
  }

  get pageCount(): number {
    return this.slots.length;
  }

  /** The real page box, known once the extraction reached the page. */
  setView(index: number, view: number[]): void {
    const slot = this.slots[index];
    if (!slot || view.join() === slot.view.join()) return;
    slot.view = view;
    this.size(slot);
  }

  setScale(scale: number): void {
    if (scale === this.scale) return;
    const current = this.currentIndex();
    this.scale = scale;
    this.slots.forEach((slot, index) => {
      this.release(slot, index);
      this.size(slot);
    });
    this.slots[current]?.el.scrollIntoView({ block: 'start' });
    this.slots.forEach((slot, index) => {
      if (slot.near) void this.renderPage(index);
    });
  }

  /** Scrolls page `index` into view and resolves when its text layer is there. */
  async ensurePage(index: number): Promise<void> {
    const slot = this.slots[index];
    if (!slot) return;
    const box = slot.el.getBoundingClientRect();
    const root = this.container.getBoundingClientRect();
    if (box.bottom < root.top || box.top > root.bottom) slot.el.scrollIntoView({ block: 'start' });
    await this.renderPage(index);
  }

  currentIndex(): number {
    let best = 0;
    let ratio = -1;
    for (const [index, r] of this.ratios) {
      if (r > ratio || (r === ratio && index < best)) {
        best = index;
        ratio = r;
      }
    }
    return best;
  }

  destroy(): void {
    this.destroyed = true;
    this.near.disconnect();
    this.visible.disconnect();
    this.slots.forEach((slot, index) => this.release(slot, index));
    this.container.replaceChildren();
  }

  private size(slot: PageSlot): void {
    const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = slot.view;
    const total = this.scale * CSS_UNITS;
    slot.el.style.width = `${Math.floor((x1 - x0) * total)}px`;
    slot.el.style.height = `${Math.floor((y1 - y0) * total)}px`;
    // pdf.js' text layer sizes its spans from these (see pdf_viewer.css).
    slot.el.style.setProperty('--scale-factor', String(total));
    slot.el.style.setProperty('--total-scale-factor', String(total));
  }

  private onNear(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const index = Number((entry.target as HTMLElement).dataset.page) - 1;
      const slot = this.slots[index];
      if (!slot) continue;
      slot.near = entry.isIntersecting;
      // Far pages give back their canvas and text layer: the DOM (and the marks to repaint) stays a few
      // pages deep however long the document; the cached text content re-renders them in milliseconds.
      if (entry.isIntersecting) void this.renderPage(index);
      else this.release(slot, index);
    }
  }

  private onVisible(entries: IntersectionObserverEntry[]): void {
    const before = this.currentIndex();
    for (const entry of entries) {
      const index = Number((entry.target as HTMLElement).dataset.page) - 1;
      if (entry.intersectionRatio > 0) this.ratios.set(index, entry.intersectionRatio);
      else this.ratios.delete(index);
    }
    const after = this.currentIndex();
    if (after !== before || this.ratios.size) this.options.onCurrentPage(after);
  }

  private renderPage(index: number): Promise<void> {
    const slot = this.slots[index]!;
    if (slot.pending) return slot.pending;
    if (slot.canvas && slot.textLayer) return Promise.resolve();
    slot.pending = (async () => {
      const page = await this.pdf.getPage(index + 1);
      if (this.destroyed) return;
      const viewport = page.getViewport({ scale: this.scale * CSS_UNITS });
      this.setView(index, page.view);
      if (!slot.canvas) await this.paintCanvas(slot, page, viewport);
      if (!slot.textLayer) await this.paintText(slot, index, viewport);
    })()
      .catch((error: unknown) => {
        // A cancelled render (zoom, scroll away) is not an error; the next render starts afresh.
        const name = (error as Error | null)?.name;
        if (name !== 'RenderingCancelledException' && name !== 'AbortException') throw error;
      })
      .finally(() => {
        slot.pending = null;
      });
    return slot.pending;
  }

  private async paintCanvas(slot: PageSlot, page: PDFPageProxy, viewport: ReturnType<PDFPageProxy['getViewport']>): Promise<void> {
    const dpr = Math.min(2, globalThis.devicePixelRatio || 1);
    const canvas = slot.el.ownerDocument.createElement('canvas');
    canvas.width = Math.floor(viewport.width * dpr);
    canvas.height = Math.floor(viewport.height * dpr);
    canvas.setAttribute('aria-hidden', 'true');
    slot.canvas = canvas;
    slot.el.prepend(canvas);
    slot.render = page.render({ canvas, viewport, transform: dpr !== 1 ? [dpr, 0, 0, dpr, 0, 0] : undefined });
    try {
      await slot.render.promise;
    } finally {
      slot.render = null;
    }
  }

  private async paintText(slot: PageSlot, index: number, viewport: ReturnType<PDFPageProxy['getViewport']>): Promise<void> {
    const content = await this.options.textContent(index);
    if (this.destroyed || slot.textLayer) return;
    const el = slot.el.ownerDocument.createElement('div');
    el.className = 'textLayer';
    const layer = new TextLayer({ textContentSource: content, container: el, viewport });
    slot.textLayer = layer;
    slot.textLayerEl = el;
    await layer.render();
    slot.el.append(el);
    this.options.onTextLayer(index, layer.textDivs);
  }

  private freeCanvas(slot: PageSlot): void {
    slot.render?.cancel();
    slot.render = null;
    if (slot.canvas) {
      // Zero-sized canvases give their pixel memory back at once.
      slot.canvas.width = 0;
      slot.canvas.height = 0;
      slot.canvas.remove();
      slot.canvas = null;
    }
  }

  private release(slot: PageSlot, index: number): void {
    this.freeCanvas(slot);
    if (slot.textLayer) {
      slot.textLayer.cancel();
      slot.textLayer = null;
      slot.textLayerEl?.remove();
      slot.textLayerEl = null;
      this.options.onTextLayerRemoved(index);
    }
  }
}
