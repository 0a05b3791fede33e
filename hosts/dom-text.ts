/**
 * The visible text of a DOM subtree, as a reader sees it, with an offset map back to the DOM.
 *
 * - skipped: script/style/noscript/template and other non-text elements, hidden elements (display:none,
 *   visibility:hidden, aria-hidden, the hidden attribute), page chrome (nav, aside, role=navigation/banner/
 *   contentinfo, page-level header/footer), Vigie's own UI and form controls — except textareas holding a
 *   text (a contract pasted into a form): their value is read as a block of its own (FieldSegment);
 * - block boxes, <br> and table rows produce line breaks (the engine segments on them), table cells a tab;
 * - whitespace collapses like the renderer does except under white-space: pre*.
 *
 * Every character of the output either maps to a character of a text node (segments) or is a synthetic
 * separator that maps to nothing; locate() and pieces() skip the synthetic ones.
 */

const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'SVG', 'CANVAS', 'IFRAME',
  'FRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'IMG', 'PICTURE', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT',
  'BUTTON', 'MATH',
]);
const CHROME_TAGS = new Set(['NAV', 'ASIDE']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'menubar', 'toolbar']);
/** header/footer are page chrome only outside sectioning content (then they are the banner / contentinfo). */
const SECTIONING = 'article, main, section, aside, nav, [role="main"], [role="article"], [role="document"]';
const INLINE_DISPLAYS = new Set(['inline', 'contents', 'inline-block', 'inline-flex', 'inline-grid', 'ruby']);
const UI_ATTRIBUTE = 'data-vigie-ui';

/** A run of output text copied one-to-one from a text node. */
export interface Segment {
  node: Text;
  /** Offset in the output text. */
  start: number;
  /** Offset in node.data. */
  nodeOffset: number;
  length: number;
}

/** A textarea's value, copied one-to-one into the output (no DOM node inside it can be marked). */
export interface FieldSegment {
  field: HTMLTextAreaElement;
  start: number;
  length: number;
}

/** The part of a textarea's value covered by an output range. */
export interface FieldPiece {
  field: HTMLTextAreaElement;
  from: number;
  to: number;
}

/** Textareas shorter than this are form answers, not documents. */
export const MIN_FIELD_TEXT = 200;

/** The part of one text node covered by an output range. */
export interface Piece {
  node: Text;
  from: number;
  to: number;
}

export class DomText {
  constructor(
    readonly text: string,
    readonly segments: readonly Segment[],
    readonly fields: readonly FieldSegment[] = [],
  ) {}

  /** The textarea parts covering text[start, end). */
  fieldPieces(start: number, end: number): FieldPiece[] {
    return this.fields
      .filter((f) => f.start < end && f.start + f.length > start)
      .map((f) => ({ field: f.field, from: Math.max(start, f.start) - f.start, to: Math.min(end, f.start + f.length) - f.start }));
  }

  /** Index of the last segment starting at or before `offset`, or -1. */
  private segmentAt(offset: number): number {
    let lo = 0;
    let hi = this.segments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.segments[mid]!.start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** The text between output offsets `start` and `end`, offsets starting again at 0 (selection host). */
  slice(start: number, end: number): DomText {
    const segments: Segment[] = [];
    for (const s of this.segments) {
      const a = Math.max(start, s.start);
      const b = Math.min(end, s.start + s.length);
      if (b > a) segments.push({ node: s.node, start: a - start, nodeOffset: s.nodeOffset + (a - s.start), length: b - a });
    }
    const fields = this.fields
      .filter((f) => f.start < end && f.start + f.length > start)
      .map((f) => ({ field: f.field, start: Math.max(0, f.start - start), length: Math.min(end, f.start + f.length) - Math.max(start, f.start) }));
    return new DomText(this.text.slice(start, end), segments, fields);
  }

  /** The output offset of DOM point (node, offset), rounded to the nearest mapped character after it. */
  offsetOf(range: Range, edge: 'start' | 'end'): number {
    // segments are in document order: the first one ending after the point (start) / the last one starting
    // before it (end)
    if (edge === 'start') {
      for (const s of this.segments) {
        if (range.comparePoint(s.node, s.nodeOffset + s.length) < 0) continue;
        const inside = s.node === range.startContainer ? Math.max(0, range.startOffset - s.nodeOffset) : 0;
        return s.start + Math.min(inside, s.length);
      }
      return this.text.length;
    }
    for (let i = this.segments.length - 1; i >= 0; i--) {
      const s = this.segments[i]!;
      if (range.comparePoint(s.node, s.nodeOffset) > 0) continue;
      const inside = s.node === range.endContainer ? range.endOffset - s.nodeOffset : s.length;
      return s.start + Math.max(0, Math.min(inside, s.length));
    }
    return 0;
  }

  /** The text-node parts covering text[start, end), one per node, in document order. */
  pieces(start: number, end: number): Piece[] {
    const out: Piece[] = [];
    if (end <= start) return out;
    let i = Math.max(0, this.segmentAt(start));
    for (; i < this.segments.length; i++) {
      const s = this.segments[i]!;
      if (s.start >= end) break;
      const a = Math.max(start, s.start);
      const b = Math.min(end, s.start + s.length);
      if (b <= a) continue;
      const from = s.nodeOffset + (a - s.start);
      const to = s.nodeOffset + (b - s.start);
      const last = out[out.length - 1];
      if (last && last.node === s.node) last.to = to;
      else out.push({ node: s.node, from, to });
    }
    return out;
  }

  /** A DOM Range for text[start, end) (from the first to the last mapped character), or null. */
  locate(start: number, end: number): Range | null {
    const pieces = this.pieces(start, end);
    if (!pieces.length) return null;
    const first = pieces[0]!;
    const last = pieces[pieces.length - 1]!;
    const range = first.node.ownerDocument.createRange();
    range.setStart(first.node, first.from);
    range.setEnd(last.node, last.to);
    return range;
  }
}

interface WalkState {
  out: string[];
  length: number;
  segments: Segment[];
  fields: FieldSegment[];
  /** Last character emitted (to collapse whitespace and separators). */
  last: string;
}

function emitSeparator(state: WalkState, sep: '\n' | '\t' | ' '): void {
  if (state.length === 0) return;
  if (sep === '\n') {
    if (state.last === '\n') return;
    if (state.last === ' ' || state.last === '\t') {
      // a trailing space before a line break is noise: replace it
      state.out[state.out.length - 1] = state.out[state.out.length - 1]!.slice(0, -1) + '\n';
      const seg = state.segments[state.segments.length - 1];
      if (seg && seg.start + seg.length === state.length) seg.length -= 1;
      state.last = '\n';
      return;
    }
  } else if (state.last === '\n' || state.last === '\t' || state.last === ' ') return;
  state.out.push(sep);
  state.length += 1;
  state.last = sep;
}

function emitText(state: WalkState, node: Text, pre: boolean): void {
  const data = node.data;
  let segStart = -1; // output offset of the open segment
  let segNode = 0; // node offset of the open segment
  let buf = '';
  const close = () => {
    if (segStart >= 0 && buf.length) {
      state.segments.push({ node, start: segStart, nodeOffset: segNode, length: buf.length });
      state.out.push(buf);
      state.length += buf.length;
    }
    segStart = -1;
    buf = '';
  };
  for (let i = 0; i < data.length; i++) {
    let ch = data[i]!;
    const isSpace = ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f';
    if (isSpace && !pre) {
      const prev = buf.length ? buf[buf.length - 1] : state.last;
      if (prev === ' ' || prev === '\n' || prev === '\t' || (state.length === 0 && !buf.length)) {
        // collapsed: this character maps to nothing, so the segment breaks here
        close();
        continue;
      }
      ch = ' ';
    } else if (ch === '\r') continue;
    if (segStart < 0 || segNode + buf.length !== i) {
      close();
      segStart = state.length;
      segNode = i;
    }
    buf += ch;
    state.last = ch;
  }
  close();
}

function isPageChrome(el: Element): boolean {
  if (CHROME_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  if (el.tagName === 'HEADER' || el.tagName === 'FOOTER') {
    return !el.parentElement?.closest(SECTIONING);
  }
  return false;
}

/** Whether the walk leaves `el` (and its subtree) out, before looking at computed styles. */
export function isSkippedElement(el: Element): boolean {
  return (
    SKIP_TAGS.has(el.tagName.toUpperCase()) ||
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    el.hasAttribute(UI_ATTRIBUTE) ||
    isPageChrome(el)
  );
}

/** Reads the visible text of `root` (document.body by default). */
export function readDomText(root: Element): DomText {
  const view = root.ownerDocument.defaultView;
  const state: WalkState = { out: [], length: 0, segments: [], fields: [], last: '' };

  const walk = (el: Element, visible: boolean, pre: boolean) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (visible) emitText(state, child as Text, pre);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const c = child as Element;
      if (c.tagName === 'TEXTAREA') {
        if (visible) emitField(state, c as HTMLTextAreaElement, view);
        continue;
      }
      if (isSkippedElement(c)) continue;
      if (c.tagName === 'BR') {
        if (visible) emitSeparator(state, '\n');
        continue;
      }
      const style = view?.getComputedStyle(c);
      // '' (no computed value, e.g. in happy-dom) counts as inline
      const display = style?.display || 'inline';
      if (display === 'none') continue;
      // visibility is inherited but a child may set it back to visible, so it is checked per element
      const childVisible = style ? style.visibility !== 'hidden' && style.visibility !== 'collapse' : visible;
      const ws = style?.whiteSpace ?? '';
      const childPre = ws ? ws.startsWith('pre') || ws === 'break-spaces' : pre || c.tagName === 'PRE';
      const cell = display === 'table-cell' || c.tagName === 'TD' || c.tagName === 'TH';
      const block = !cell && !INLINE_DISPLAYS.has(display);
      if (block) emitSeparator(state, '\n');
      walk(c, childVisible, childPre);
      if (block) emitSeparator(state, '\n');
      else if (cell) emitSeparator(state, '\t');
    }
  };
  walk(root, true, false);
  // drop a trailing separator so the text ends with content
  const text = state.out.join('').replace(/[\n\t ]+$/, '');
  const segments = state.segments
    .filter((s) => s.start < text.length)
    .map((s) => (s.start + s.length > text.length ? { ...s, length: text.length - s.start } : s));
  const fields = state.fields
    .filter((f) => f.start < text.length)
    .map((f) => (f.start + f.length > text.length ? { ...f, length: text.length - f.start } : f));
  return new DomText(text, segments, fields);
}

/** A visible textarea holding a text of some length becomes a block of the output, its value as typed. */
function emitField(state: WalkState, field: HTMLTextAreaElement, view: Window | null): void {
  if (field.hidden || field.getAttribute('aria-hidden') === 'true') return;
  const style = view?.getComputedStyle(field);
  if (style && (style.display === 'none' || style.visibility === 'hidden')) return;
  const value = field.value; // line breaks are always \n in the value
  if (value.trim().length < MIN_FIELD_TEXT) return;
  emitSeparator(state, '\n');
  state.fields.push({ field, start: state.length, length: value.length });
  state.out.push(value);
  state.length += value.length;
  // a separator of our own (emitSeparator would trim the value's trailing space, which belongs to the field)
  state.out.push('\n');
  state.length += 1;
  state.last = '\n';
}

export { UI_ATTRIBUTE };
