/**
 * Turns pdf.js text content into one reviewable text, and keeps the way back.
 *
 * pdf.js gives, per page, text items (runs of glyphs with a position) in content-stream order. The engine
 * wants one string where a clause reads like a sentence: columns in reading order, wrapped lines joined by a
 * space, words hyphenated at a line end glued back, a clause cut by a page break continued, page numbers
 * left out. The viewer needs the reverse: from engine offsets to the text-layer spans (one span per text
 * item, same order as pdf.js TextLayer's `textDivs`). Every character copied from an item is recorded as a
 * piece (item index + offset in item.str); joins ("\n", " ") and dropped hyphens map to nothing.
 *
 * Pure module (no DOM, no pdf.js import): the viewer (modern build) and the CLI (Node, legacy build) share it.
 */

/** The fields of a pdf.js TextItem this module reads. Items without `str` are marked-content markers. */
export interface TextItemLike {
  str?: string;
  /** Set on marked-content markers only. */
  type?: string;
  transform?: number[];
  width?: number;
  height?: number;
  hasEOL?: boolean;
}

/** A run of document text copied verbatim from one text item. */
export interface Piece {
  /** 0-based page index. */
  page: number;
  /** Index among the page's text items (those with `str`), i.e. TextLayer.textDivs index. */
  item: number;
  /** Offset in item.str. */
  itemStart: number;
  /** Offset in the document text. */
  start: number;
  length: number;
}

export interface PageRange {
  start: number;
  end: number;
}

/** One stretch of a text item covered by a document range. */
export interface ItemRange {
  page: number;
  item: number;
  from: number;
  to: number;
}

/** A stretch of one item's string in a line; `space` = a synthetic space goes before it (items apart). */
interface Part {
  item: number;
  str: string;
  from: number;
  to: number;
  space: boolean;
}

interface Line {
  parts: Part[];
  text: string;
  x0: number;
  x1: number;
  /** Baseline, PDF user space (y grows upwards). */
  y: number;
  size: number;
  col: number;
}

interface Box {
  index: number;
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
  eol: boolean;
}

/** A laid-out page: its lines in reading order and the geometry needed to join them. */
export interface PageLayout {
  lines: Line[];
  /** Right edge of each column (index = Line.col), for "short line ends a paragraph". */
  colRight: number[];
  colLeft: number[];
}

const TERMINAL = /[.:;!?»")\]]$/;
/** Lines that open a new unit: article/section headings, numbered and bulleted items. */
const OPENS_UNIT =
  /^(?:(?:article|art\.|section|clause|annexe|annex|appendix|schedule|chapitre|chapter|titre|title|préambule|preamble)\b|\d+(?:\.\d+)+\.?\s|\d+[.)]\s|\d{1,2}\s+(?=\p{Lu})|[a-z]\)\s|\(?[ivx]+\)\s|[IVXL]+[.)–-]\s|[-•–—*▪■◦]\s)/iu;
/** Page furniture: "3", "- 3 -", "Page 3", "Page 3/12", "3 sur 12", "p. 3". */
const PAGE_NUMBER = /^\s*(?:[-–—]\s*)?(?:page|p\.)?\s*\d{1,4}\s*(?:(?:\/|sur|of|de)\s*\d{1,4})?\s*(?:[-–—])?\s*$/i;
/** Prefixes whose hyphen is part of the word ("sous-traitant", "non-concurrence"): kept at a line break. */
const COMPOUND_PREFIX =
  /(?:^|[^\p{L}])(?:sous|non|auto|anti|contre|co|ex|quasi|self|vice|mi|demi|après|avant|arrière|ci|là|e|long|short|third|follow|pre|post)$/iu;

function boxesOf(items: readonly TextItemLike[]): Box[] {
  const boxes: Box[] = [];
  for (const it of items) {
    if (it.str === undefined) continue;
    const t = it.transform ?? [1, 0, 0, 1, 0, 0];
    boxes.push({
      index: boxes.length,
      str: it.str,
      x: t[4] ?? 0,
      y: t[5] ?? 0,
      w: it.width ?? 0,
      size: Math.hypot(t[2] ?? 0, t[3] ?? 1) || it.height || 10,
      eol: !!it.hasEOL,
    });
  }
  return boxes;
}

/**
 * Finds a vertical gutter between two text columns: a strip near the middle of the page that almost no
 * item crosses, with column-filling text on both sides. Returns the gutter's x range or null.
 */
function findGutter(boxes: Box[], pageWidth: number): [number, number] | null {
  const text = boxes.filter((b) => b.str.trim() && b.w > 0);
  if (text.length < 6) return null;
  const bins = Math.max(1, Math.ceil(pageWidth));
  const cover = new Uint16Array(bins + 1);
  for (const b of text) {
    for (let x = Math.max(0, Math.floor(b.x)); x < Math.min(bins, Math.ceil(b.x + b.w)); x++) cover[x] = cover[x]! + 1;
  }
  // Titles and footers may cross the gutter; a handful of crossings is allowed.
  const allowed = Math.max(2, Math.floor(text.length * 0.1));
  let best: [number, number] | null = null;
  let runStart = -1;
  for (let x = Math.floor(pageWidth * 0.25); x <= Math.ceil(pageWidth * 0.75) + 1; x++) {
    const free = x < bins && cover[x]! <= allowed;
    if (free && runStart < 0) runStart = x;
    if (!free && runStart >= 0) {
      if (!best || x - runStart > best[1] - best[0]) best = [runStart, x];
      runStart = -1;
    }
  }
  if (!best || best[1] - best[0] < 8) return null;
  const [g0, g1] = best;
  const left = text.filter((b) => b.x + b.w <= g0 + 1);
  const right = text.filter((b) => b.x >= g1 - 1);
  if (left.length < 3 || right.length < 3) return null;
  // Real columns are filled with text up to the gutter; a label/value table is not.
  const leftRight = left.map((b) => b.x + b.w).sort((a, b) => a - b)[Math.floor(left.length / 2)]!;
  const leftStart = Math.min(...left.map((b) => b.x));
  if (leftRight < leftStart + (g0 - leftStart) * 0.6) return null;
  return best;
}

/** Reading order: with two columns, left column before right column between full-width rows. */
function readingOrder(boxes: Box[], pageWidth: number): { box: Box; col: number }[] {
  const gutter = findGutter(boxes, pageWidth);
  if (!gutter) return boxes.map((box) => ({ box, col: 0 }));
  const [g0, g1] = gutter;
  const colOf = (b: Box) => (b.str.trim() === '' ? -1 : b.x + b.w <= g0 + 1 ? 1 : b.x >= g1 - 1 ? 2 : 0);
  const cols: number[] = boxes.map(colOf);
  // Empty items (line ends) follow the column of the text item before them.
  for (let i = 0; i < cols.length; i++) if (cols[i] === -1) cols[i] = i > 0 ? cols[i - 1]! : 0;
  const spanningRows: number[] = [];
  boxes.forEach((b, i) => {
    if (cols[i] === 0 && b.str.trim() && !spanningRows.some((y) => Math.abs(y - b.y) < b.size / 2)) spanningRows.push(b.y);
  });
  let prevKey = 0;
  const keyed = boxes.map((box, i) => {
    // Spaces and line-end markers stay next to the item before them in the stream.
    if (!box.str.trim()) return { box, col: cols[i]!, key: prevKey, i };
    const above = spanningRows.filter((y) => y > box.y + box.size / 2).length;
    prevKey = cols[i] === 0 ? 2 * above + 1 : 2 * above;
    return { box, col: cols[i]!, key: prevKey, i };
  });
  keyed.sort((a, b) => a.key - b.key || (a.key % 2 === 0 ? a.col - b.col : 0) || a.i - b.i);
  return keyed.map(({ box, col }) => ({ box, col }));
}

/** Lays out one page: text items → lines in reading order. `pageWidth` in PDF units (page.view). */
export function layoutPage(items: readonly TextItemLike[], pageWidth?: number): PageLayout {
  const boxes = boxesOf(items);
  const width = pageWidth ?? Math.max(1, ...boxes.map((b) => b.x + b.w));
  const ordered = readingOrder(boxes, width);
  const lines: Line[] = [];
  let cur: Line | null = null;
  let prevEol = true;
  let prevEnd = 0;
  for (const { box, col } of ordered) {
    const sameLine =
      cur && !prevEol && col === cur.col && Math.abs(box.y - cur.y) < box.size * 0.5 && box.x >= prevEnd - box.size;
    if (!sameLine && box.str.trim() === '') {
      // A lone space or an empty line-end marker starts no line; it ends the current one.
      if (cur) prevEol = true;
      continue;
    }
    if (!sameLine || !cur) {
      cur = { parts: [], text: '', x0: box.x, x1: box.x + box.w, y: box.y, size: box.size, col };
      lines.push(cur);
    }
    if (box.str) {
      const last = cur.parts[cur.parts.length - 1];
      const space =
        !!last && !/\s$/.test(last.str) && !/^\s/.test(box.str) && box.x - prevEnd > box.size * 0.15;
      cur.parts.push({ item: box.index, str: box.str, from: 0, to: box.str.length, space });
    }
    if (box.str.trim()) {
      // pdf.js' space items can stretch across a gutter: only visible text sets the line's extent.
      cur.x1 = Math.max(cur.x1, box.x + box.w);
      cur.x0 = Math.min(cur.x0, box.x);
    }
    prevEnd = box.x + box.w;
    prevEol = box.eol;
  }
  for (const line of lines) trimLine(line);
  const kept = lines.filter((l) => l.text !== '');
  const colRight: number[] = [];
  const colLeft: number[] = [];
  for (const l of kept) {
    colRight[l.col] = Math.max(colRight[l.col] ?? -Infinity, l.x1);
    colLeft[l.col] = Math.min(colLeft[l.col] ?? Infinity, l.x0);
  }
  return { lines: kept, colRight, colLeft };
}

/** Drops leading/trailing whitespace of a line (adjusting its parts so offsets stay exact), sets its text. */
function trimLine(line: Line): void {
  const parts = line.parts;
  while (parts.length) {
    const p = parts[0]!;
    p.space = false;
    while (p.from < p.to && /\s/.test(p.str.charAt(p.from))) p.from++;
    if (p.from < p.to) break;
    parts.shift();
  }
  while (parts.length) {
    const p = parts[parts.length - 1]!;
    while (p.to > p.from && /\s/.test(p.str.charAt(p.to - 1))) p.to--;
    if (p.to > p.from) break;
    parts.pop();
  }
  line.text = parts.map((p) => (p.space ? ' ' : '') + p.str.slice(p.from, p.to)).join('');
}

type Join = { sep: string; dropHyphen: boolean };

/** How two consecutive lines are joined (`samePage` false for the first line of a page). */
function joinLines(prev: Line, next: Line, prevLayout: PageLayout, samePage: boolean): Join {
  const hyphen = /\p{L}[-\u00AD]$/u.test(prev.text) && /^\p{Ll}/u.test(next.text);
  if (hyphen) {
    const soft = prev.text.endsWith('\u00AD');
    const word = prev.text.slice(0, -1);
    const keep = !soft && COMPOUND_PREFIX.test(word);
    return { sep: '', dropHyphen: !keep };
  }
  if (OPENS_UNIT.test(next.text)) return { sep: '\n', dropHyphen: false };
  const gap = samePage && next.col === prev.col ? prev.y - next.y : 0;
  const lineHeight = Math.max(prev.size, next.size);
  if (gap > lineHeight * 2.2) return { sep: '\n\n', dropHyphen: false };
  const right = prevLayout.colRight[prev.col] ?? prev.x1;
  const left = prevLayout.colLeft[prev.col] ?? prev.x0;
  const short = prev.x1 < right - Math.max((right - left) * 0.15, prev.size * 3);
  if (short && (TERMINAL.test(prev.text) || /^\p{Lu}/u.test(next.text) || prev.text.length < 60))
    return { sep: samePage ? '\n' : '\n\n', dropHyphen: false };
  if (gap > lineHeight * 1.6 && TERMINAL.test(prev.text)) return { sep: '\n', dropHyphen: false };
  if (!samePage && TERMINAL.test(prev.text) && /^\p{Lu}/u.test(next.text)) return { sep: '\n', dropHyphen: false };
  return { sep: ' ', dropHyphen: false };
}

/** Normalised form of a header/footer line, digits folded, to spot the same furniture on every page. */
const furnitureKey = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Builds the document text page by page (pages may arrive one at a time, in order), and maps document
 * offsets back to text items.
 */
export class TextAssembler {
  text = '';
  readonly pages: PageRange[] = [];
  /** Pieces in document order (start ascending). */
  readonly pieces: Piece[] = [];
  private lastLine: Line | null = null;
  private lastLayout: PageLayout | null = null;
  private lastTopKey = '';
  private lastBottomKey = '';

  /** Adds the next page; returns its range in the document text (empty when the page has no text). */
  addPage(items: readonly TextItemLike[], pageWidth?: number): PageRange {
    const page = this.pages.length;
    const layout = layoutPage(items, pageWidth);
    const lines = this.dropFurniture(layout.lines);
    let start = this.text.length;
    lines.forEach((line, i) => {
      const prev = i > 0 ? lines[i - 1] : this.lastLine;
      if (prev) {
        const join = joinLines(prev, line, i > 0 ? layout : this.lastLayout!, i > 0);
        if (join.dropHyphen) this.dropLastChar();
        this.text += join.sep;
      }
      if (i === 0) start = this.text.length;
      for (const p of line.parts) {
        if (p.space) this.text += ' ';
        this.pieces.push({ page, item: p.item, itemStart: p.from, start: this.text.length, length: p.to - p.from });
        this.text += p.str.slice(p.from, p.to);
      }
    });
    if (lines.length) {
      this.lastLine = lines[lines.length - 1]!;
      this.lastLayout = layout;
    }
    const range = { start: lines.length ? start : this.text.length, end: this.text.length };
    this.pages.push(range);
    return range;
  }

  /** Drops a line-end hyphen: from the text, its piece and, across a page break, the previous page's range. */
  private dropLastChar(): void {
    this.text = this.text.slice(0, -1);
    const last = this.pieces[this.pieces.length - 1];
    if (last && last.start + last.length > this.text.length) {
      last.length -= 1;
      if (last.length === 0) this.pieces.pop();
    }
    const page = this.pages[this.pages.length - 1];
    if (page && page.end > this.text.length) page.end = this.text.length;
  }

  private dropFurniture(lines: Line[]): Line[] {
    if (!lines.length) return lines;
    // Furniture is the topmost / bottommost line on the page, not the first/last in reading order.
    const top = lines.reduce((a, b) => (b.y > a.y ? b : a));
    const bottom = lines.reduce((a, b) => (b.y < a.y ? b : a));
    const topKey = furnitureKey(top.text);
    const bottomKey = furnitureKey(bottom.text);
    const drop = new Set<Line>();
    if (lines.length > 1 && (PAGE_NUMBER.test(bottom.text) || (bottomKey === this.lastBottomKey && bottomKey)))
      drop.add(bottom);
    if (lines.length > 1 && (PAGE_NUMBER.test(top.text) || (topKey === this.lastTopKey && topKey))) drop.add(top);
    this.lastTopKey = topKey;
    this.lastBottomKey = bottomKey;
    return lines.filter((l) => !drop.has(l));
  }

  /** The text-item stretches covering [start, end) of the document text, in document order. */
  locate(start: number, end: number): ItemRange[] {
    const out: ItemRange[] = [];
    let lo = 0;
    let hi = this.pieces.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const p = this.pieces[mid]!;
      if (p.start + p.length <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.pieces.length; i++) {
      const p = this.pieces[i]!;
      if (p.start >= end) break;
      const s = Math.max(start, p.start);
      const e = Math.min(end, p.start + p.length);
      if (e > s) out.push({ page: p.page, item: p.item, from: p.itemStart + (s - p.start), to: p.itemStart + (e - p.start) });
    }
    return out;
  }

  /** The page (0-based) holding a document offset; the last page before it for join characters. */
  pageAt(offset: number): number {
    let lo = 0;
    let hi = this.pages.length - 1;
    let ans = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.pages[mid]!.start <= offset) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  }
}

/** The parts of pdf.js' PDFDocumentProxy / PDFPageProxy used here (modern and legacy builds alike). */
export interface PdfPageLike {
  view: number[];
  getTextContent(): Promise<{ items: readonly TextItemLike[] }>;
  cleanup?(): unknown;
}
export interface PdfDocumentLike {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPageLike>;
}

export interface ExtractedPage {
  /** 0-based page index. */
  index: number;
  range: PageRange;
  items: readonly TextItemLike[];
  /** What page.getTextContent() gave (items, styles…): the viewer's text layer renders the same items. */
  content: { items: readonly TextItemLike[] };
  /** The page's box in PDF units [x0, y0, x1, y1] (page.view): the viewer sizes placeholders with it. */
  view: number[];
}

/**
 * Reads every page's text content in order into one text. `onPage` runs after each page (progress,
 * incremental review, caching the items for the text layer); `signal` stops early (AbortError).
 */
export async function extractText(
  pdf: PdfDocumentLike,
  onPage?: (page: ExtractedPage, assembler: TextAssembler) => void | Promise<void>,
  signal?: AbortSignal,
): Promise<TextAssembler> {
  const assembler = new TextAssembler();
  for (let n = 1; n <= pdf.numPages; n++) {
    signal?.throwIfAborted();
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const { items } = content;
    const range = assembler.addPage(items, (page.view[2] ?? 0) - (page.view[0] ?? 0) || undefined);
    page.cleanup?.();
    await onPage?.({ index: n - 1, range, items, content, view: page.view }, assembler);
  }
  return assembler;
}
