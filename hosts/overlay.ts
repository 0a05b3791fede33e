/**
 * Highlights drawn over the page instead of in it, for text no mark can wrap: a textarea's value, and editable
 * areas in browsers without the CSS Custom Highlight API (Firefox before 140). Boxes live in one fixed layer in
 * a shadow root that lets the pointer through; they follow scrolling, resizing and typing.
 */
import type { Severity } from '../rules/engine/types';
import { UI_ATTRIBUTE } from './dom-text';

/** A highlighted area that is not an element: where it is now, whether it still exists, how to bring it into view. */
export interface Box {
  rects(): DOMRect[];
  connected(): boolean;
  reveal(): void;
}

const COLORS: Record<Severity, string> = {
  high: 'rgba(198,40,40,.25)',
  medium: 'rgba(239,108,0,.25)',
  low: 'rgba(249,168,37,.32)',
};
const BORDERS: Record<Severity, string> = { high: '#c62828', medium: '#ef6c00', low: '#f9a825' };

/** Properties that decide where a textarea's text wraps, copied onto the measuring mirror. */
const MIRRORED = [
  'boxSizing', 'width', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'fontStyle', 'fontVariant', 'fontWeight',
  'fontStretch', 'fontSize', 'fontFamily', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textTransform',
  'textIndent', 'tabSize', 'direction',
] as const;

export class Overlay {
  private host: HTMLElement | null = null;
  private layer: HTMLElement | null = null;
  private mirror: HTMLElement | null = null;
  private items: Array<{ box: Box; severity: Severity }> = [];
  private life: AbortController | null = null;
  private frame = 0;

  constructor(private readonly doc: Document) {}

  add(box: Box, severity: Severity): void {
    this.items.push({ box, severity });
  }

  get size(): number {
    return this.items.length;
  }

  /** Shows the boxes and keeps them in place until clear(). */
  show(): void {
    if (!this.items.length) return;
    if (!this.host) {
      this.host = this.doc.createElement('div');
      this.host.setAttribute(UI_ATTRIBUTE, 'overlay');
      this.host.style.cssText = 'position:fixed;inset:0;pointer-events:none;z-index:2147483646;';
      const root = this.host.attachShadow({ mode: 'open' });
      this.layer = this.doc.createElement('div');
      this.mirror = this.doc.createElement('div');
      this.mirror.style.cssText = 'position:absolute;top:0;left:0;visibility:hidden;white-space:pre-wrap;overflow-wrap:break-word;';
      root.append(this.layer, this.mirror);
      this.doc.documentElement.appendChild(this.host);
      this.life = new AbortController();
      const later = () => {
        cancelAnimationFrame(this.frame);
        this.frame = requestAnimationFrame(() => this.draw());
      };
      const opts = { capture: true, passive: true, signal: this.life.signal };
      this.doc.defaultView?.addEventListener('scroll', later, opts);
      this.doc.defaultView?.addEventListener('resize', later, opts);
      this.doc.addEventListener('input', later, opts);
    }
    this.draw();
  }

  private draw(): void {
    if (!this.layer) return;
    const boxes: HTMLElement[] = [];
    for (const { box, severity } of this.items) {
      if (!box.connected()) continue;
      for (const r of box.rects()) {
        if (r.width <= 0 || r.height <= 0) continue;
        const el = this.doc.createElement('div');
        el.style.cssText = `position:absolute;left:${r.left}px;top:${r.top}px;width:${r.width}px;height:${r.height}px;` +
          `background:${COLORS[severity]};border-bottom:2px solid ${BORDERS[severity]};box-sizing:border-box;`;
        boxes.push(el);
      }
    }
    this.layer.replaceChildren(...boxes);
  }

  /** Where `field.value[from, to)` sits in the textarea's content (unscrolled, relative to its border box). */
  private measure(field: HTMLTextAreaElement, from: number, to: number): Array<{ left: number; top: number; right: number; bottom: number }> {
    const mirror = this.mirror;
    const view = this.doc.defaultView;
    if (!mirror || !view) return [];
    const style = view.getComputedStyle(field);
    for (const p of MIRRORED) mirror.style[p] = style[p];
    // the scrollbar takes room from the text: wrap at the textarea's inner width
    mirror.style.boxSizing = 'content-box';
    mirror.style.width = `${field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)}px`;
    mirror.style.borderStyle = 'solid';
    mirror.style.borderColor = 'transparent';
    const span = this.doc.createElement('span');
    span.textContent = field.value.slice(from, to);
    mirror.replaceChildren(this.doc.createTextNode(field.value.slice(0, from)), span, this.doc.createTextNode(field.value.slice(to)));
    const origin = mirror.getBoundingClientRect();
    const out = Array.from(span.getClientRects(), (r) => ({
      left: r.left - origin.left,
      top: r.top - origin.top,
      right: r.right - origin.left,
      bottom: r.bottom - origin.top,
    }));
    mirror.replaceChildren();
    return out;
  }

  /** Viewport rectangles of `field.value[from, to)`, clipped to the textarea's visible text area. */
  fieldRects(field: HTMLTextAreaElement, from: number, to: number): DOMRect[] {
    const box = field.getBoundingClientRect();
    const clip = {
      left: box.left + field.clientLeft,
      top: box.top + field.clientTop,
      right: box.left + field.clientLeft + field.clientWidth,
      bottom: box.top + field.clientTop + field.clientHeight,
    };
    const rects: DOMRect[] = [];
    for (const r of this.measure(field, from, to)) {
      const left = Math.max(clip.left, box.left + r.left - field.scrollLeft);
      const top = Math.max(clip.top, box.top + r.top - field.scrollTop);
      const right = Math.min(clip.right, box.left + r.right - field.scrollLeft);
      const bottom = Math.min(clip.bottom, box.top + r.bottom - field.scrollTop);
      if (right > left && bottom > top) rects.push(new DOMRect(left, top, right - left, bottom - top));
    }
    return rects;
  }

  /** Scrolls the page to the textarea and the textarea to value[from, to). */
  revealInField(field: HTMLTextAreaElement, from: number, to: number): void {
    field.scrollIntoView({ block: 'center' });
    const first = this.measure(field, from, to)[0];
    if (first) field.scrollTop = Math.max(0, first.top - field.clientHeight / 2);
    this.draw();
  }

  clear(): void {
    cancelAnimationFrame(this.frame);
    this.life?.abort();
    this.life = null;
    this.host?.remove();
    this.host = this.layer = this.mirror = null;
    this.items = [];
  }
}
