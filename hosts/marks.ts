/**
 * In-page highlights for DOM hosts. Findings whose ranges overlap share one mark group (one card lists them);
 * each group is wrapped with mark.js `markRanges` on the exact text-node parts the offset map gives, except
 * inside editable areas, where no node is ever inserted: those parts are painted with the CSS Custom Highlight
 * API, or drawn by ./overlay.ts (textarea values, browsers without the API). clear() undoes the wrapping node by node (the original text nodes keep their identity, which frameworks
 * holding references to them rely on), so the page's HTML is exactly what it was.
 */
import Mark from 'mark.js';
import type { Finding, Severity } from '../rules/engine/types';
import type { DomText, Piece } from './dom-text';
import { UI_ATTRIBUTE } from './dom-text';
import { Overlay, type Box } from './overlay';

const SEVERITY_RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };
export const MARK_CLASS = 'vigie-mark';
const HIGHLIGHT_NAMES: Record<Severity, string> = { high: 'vigie-high', medium: 'vigie-medium', low: 'vigie-low' };

/** Findings that overlap in the text: shown by one mark (or highlight) and one card. */
export interface MarkGroup {
  findings: Finding[];
  severity: Severity;
  start: number;
  end: number;
  /** The <mark> elements, in document order (empty when painted with CSS highlights). */
  elements: HTMLElement[];
  /** Ranges painted with the Custom Highlight API (editable areas). */
  ranges: Range[];
  /** Everything highlighted that is not a <mark> (CSS highlights, overlay boxes): for hovering and scrolling. */
  boxes: Box[];
}

/** Findings the page shows: not dismissed, with a clause in the text (missing protections have none). */
export function shownFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => !f.dismissed && f.end > f.start);
}

/** Groups overlapping findings, in text order; the group's severity is its worst finding's. */
export function groupFindings(findings: readonly Finding[]): Array<Omit<MarkGroup, 'elements' | 'ranges' | 'boxes'>> {
  const sorted = shownFindings(findings).sort((a, b) => a.start - b.start || b.end - a.end);
  const groups: Array<Omit<MarkGroup, 'elements' | 'ranges' | 'boxes'>> = [];
  for (const f of sorted) {
    const last = groups[groups.length - 1];
    if (last && f.start < last.end) {
      last.findings.push(f);
      last.end = Math.max(last.end, f.end);
      if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[last.severity]) last.severity = f.severity;
    } else groups.push({ findings: [f], severity: f.severity, start: f.start, end: f.end });
  }
  return groups;
}

function isEditable(node: Node): boolean {
  const el = node.parentElement;
  if (!el) return false;
  if (el.isContentEditable) return true;
  if (el.ownerDocument.designMode === 'on') return true;
  return !!el.closest('[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]');
}

/**
 * Offsets of `nodes` in mark.js's view of `context` (all text nodes but those directly in script/style/…).
 * A TreeWalker, not a NodeIterator: the browser updates every live NodeIterator on each node removal, and
 * marking a long page removes thousands of nodes.
 */
function markJsOffsets(context: Node, nodes: Set<Text>): Map<Text, number> {
  const doc = context.ownerDocument ?? (context as Document);
  const offsets = new Map<Text, number>();
  const it = doc.createTreeWalker(context, 4 /* SHOW_TEXT */);
  let pos = 0;
  for (let n = it.nextNode() as Text | null; n; n = it.nextNode() as Text | null) {
    const parent = n.parentNode as Element | null;
    if (parent && parent.nodeType === 1 && /^(script|style|title|head|html)$/i.test(parent.nodeName)) continue;
    if (nodes.has(n)) offsets.set(n, pos);
    pos += n.data.length;
  }
  return offsets;
}

export function describeGroup(group: Pick<MarkGroup, 'findings'>, t: (key: string, subs?: string[]) => string): string {
  return group.findings
    .map((f) => t('card_mark_label', [f.title, t(`card_severity_${f.severity}`)]))
    .join('; ');
}

function rangeBox(range: Range): Box {
  return {
    rects: () => Array.from(range.getClientRects()),
    connected: () => range.startContainer.isConnected && !range.collapsed,
    reveal: () => range.startContainer.parentElement?.scrollIntoView({ block: 'center' }),
  };
}

export class Highlighter {
  groups: MarkGroup[] = [];
  private readonly overlay: Overlay;
  /** Text nodes mark.js split off the originals (to merge them back in clear()). */
  private created = new WeakSet<Node>();

  constructor(
    private readonly doc: Document,
    private readonly label: (group: MarkGroup) => string,
  ) {
    this.overlay = new Overlay(doc);
  }

  /** Replaces the marks with `findings` located through `text`. Returns the number of findings marked. */
  apply(text: DomText, findings: readonly Finding[]): number {
    this.clear();
    const groups: MarkGroup[] = groupFindings(findings).map((g) => ({ ...g, elements: [], ranges: [], boxes: [] }));
    const overlay = this.overlay;
    const byParent = new Map<Node, Array<{ piece: Piece; group: MarkGroup }>>();
    const painted: Record<Severity, Range[]> = { high: [], medium: [], low: [] };
    const highlightApi = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
    for (const group of groups) {
      for (const piece of text.pieces(group.start, group.end)) {
        if (!piece.node.data.slice(piece.from, piece.to).trim()) continue;
        if (isEditable(piece.node)) {
          const range = this.doc.createRange();
          range.setStart(piece.node, piece.from);
          range.setEnd(piece.node, piece.to);
          const box = rangeBox(range);
          group.boxes.push(box);
          if (highlightApi) {
            group.ranges.push(range);
            painted[group.severity].push(range);
          } else overlay.add(box, group.severity);
          continue;
        }
        const parent = piece.node.parentNode;
        if (!parent) continue;
        let list = byParent.get(parent);
        if (!list) byParent.set(parent, (list = []));
        list.push({ piece, group });
      }
      for (const { field, from, to } of text.fieldPieces(group.start, group.end)) {
        if (!field.value.slice(from, to).trim()) continue;
        const expected = field.value.slice(from, to);
        const box: Box = {
          rects: () => overlay.fieldRects(field, from, to),
          connected: () => field.isConnected && field.value.slice(from, to) === expected,
          reveal: () => overlay.revealInField(field, from, to),
        };
        group.boxes.push(box);
        overlay.add(box, group.severity);
      }
    }
    // One mark.js pass per parent element: small contexts keep markRanges' per-range work small on long pages.
    for (const [parent, list] of byParent) {
      const offsets = markJsOffsets(parent, new Set(list.map((p) => p.piece.node)));
      // mark.js logs JSON.stringify(ranges) on every call, debug or not: ranges stay small, groups stay aside.
      const groupOf = new Map<Mark.Range, MarkGroup>();
      const ranges = list.map(({ piece, group }) => {
        const range = { start: (offsets.get(piece.node) ?? 0) + piece.from, length: piece.to - piece.from };
        groupOf.set(range, group);
        return range;
      });
      new Mark(parent as HTMLElement).markRanges(ranges, {
        element: 'mark',
        className: MARK_CLASS,
        each: (el: Element, range: Mark.Range) => {
          if (el.nextSibling) this.created.add(el.nextSibling);
          groupOf.get(range)!.elements.push(el as HTMLElement);
        },
      } as Mark.MarkRangesOptions);
    }
    for (const group of groups) {
      group.elements.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
      const id = group.findings[0]!.id;
      const label = this.label(group);
      group.elements.forEach((el, i) => {
        el.classList.add(`vigie-${group.severity}`);
        el.dataset.vigieId = id;
        el.dataset.vigieIds = group.findings.map((f) => f.id).join(' ');
        if (i === 0) {
          // one tab stop per group, announced with the findings' titles and severities
          el.tabIndex = 0;
          el.setAttribute('role', 'mark');
          el.setAttribute('aria-label', label);
        }
      });
    }
    if (highlightApi) {
      for (const severity of Object.keys(painted) as Severity[]) {
        if (painted[severity].length) CSS.highlights.set(HIGHLIGHT_NAMES[severity], new Highlight(...painted[severity]));
      }
    }
    overlay.show();
    this.groups = groups.filter((g) => g.elements.length || g.boxes.length);
    return this.groups.reduce((n, g) => n + g.findings.length, 0);
  }

  /** The group a <mark> belongs to. */
  groupOf(el: Element): MarkGroup | undefined {
    const mark = el.closest(`mark.${MARK_CLASS}`);
    return mark ? this.groups.find((g) => g.elements.includes(mark as HTMLElement)) : undefined;
  }

  groupOfFinding(id: string): MarkGroup | undefined {
    return this.groups.find((g) => g.findings.some((f) => f.id === id));
  }

  /** False when the page re-rendered and dropped some of the marks. */
  intact(): boolean {
    return this.groups.every((g) => g.elements.every((el) => el.isConnected) && g.boxes.every((b) => b.connected()));
  }

  /** Removes every mark and highlight; the text nodes mark.js split are merged back into the originals. */
  clear(): void {
    for (const group of this.groups) {
      for (const el of group.elements) {
        if (!el.isConnected || !el.parentNode) continue;
        const parent = el.parentNode;
        const prev = el.previousSibling;
        const content = el.textContent ?? '';
        let host: Text;
        if (prev && prev.nodeType === 3) {
          host = prev as Text;
          host.appendData(content);
          parent.removeChild(el);
        } else {
          host = this.doc.createTextNode(content);
          parent.replaceChild(host, el);
        }
        const next = host.nextSibling;
        if (next && next.nodeType === 3 && this.created.has(next)) {
          host.appendData((next as Text).data);
          parent.removeChild(next);
        }
      }
    }
    if (typeof CSS !== 'undefined' && 'highlights' in CSS) {
      for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
    }
    this.overlay.clear();
    this.groups = [];
    this.created = new WeakSet();
  }
}

/** Page-level CSS for the marks (the card has its own, in its shadow root). */
export const MARK_CSS = `
mark.${MARK_CLASS}{background:transparent;color:inherit;border-bottom:2px solid;padding:0;border-radius:0;cursor:help}
mark.${MARK_CLASS}.vigie-high{background:rgba(198,40,40,.16);border-color:#c62828}
mark.${MARK_CLASS}.vigie-medium{background:rgba(239,108,0,.16);border-color:#ef6c00}
mark.${MARK_CLASS}.vigie-low{background:rgba(249,168,37,.22);border-color:#f9a825}
mark.${MARK_CLASS}:focus-visible{outline:2px solid #1a237e;outline-offset:2px}
mark.${MARK_CLASS}.vigie-flash{animation:vigie-flash 1.2s ease-out}
@keyframes vigie-flash{0%,40%{box-shadow:0 0 0 4px #1a237e}100%{box-shadow:none}}
::highlight(vigie-high){background-color:rgba(198,40,40,.22)}
::highlight(vigie-medium){background-color:rgba(239,108,0,.22)}
::highlight(vigie-low){background-color:rgba(249,168,37,.3)}
@media (forced-colors:active){mark.${MARK_CLASS}{forced-color-adjust:none;background:Mark;color:MarkText}}
`;

export { UI_ATTRIBUTE };
