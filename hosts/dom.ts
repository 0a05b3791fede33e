/**
 * Ordinary DOM pages (contract portals, intranets, published Google Docs, email bodies, and — run in each frame —
 * Word for the web's document frame): the visible text walk of ./dom-text.ts, mark.js marks (./marks.ts) and the
 * shadow-root card (./card.ts). DomAdapter also serves the selection host, which reads a part of the page.
 */
import type { Finding } from '../rules/engine/types';
import type { HostAdapter, HostEnv, HostName, TextSnapshot } from './types';
import { HostTextError, SHORTCUTS } from './types';
import { readDomText, UI_ATTRIBUTE, type DomText } from './dom-text';
import { Highlighter, MARK_CLASS, MARK_CSS, describeGroup, type MarkGroup } from './marks';
import { Card } from './card';

/** Re-reads caused by page mutations happen at most this often (ms). */
export const CHANGE_INTERVAL = 500;
/** Marks dropped by a re-render are put back at once, at most this often (ms). */
const RESTORE_INTERVAL = 100;
const HOVER_CLOSE_DELAY = 250;

function matchesShortcut(e: KeyboardEvent, s: { altKey: boolean; shiftKey: boolean; code: string }): boolean {
  return e.altKey === s.altKey && e.shiftKey === s.shiftKey && !e.ctrlKey && !e.metaKey && e.code === s.code;
}

export class DomAdapter implements HostAdapter {
  private snapshot: DomText | null = null;
  /** The snapshot was read while marks were in the page: its text nodes go away when the marks are cleared. */
  private snapshotHadMarks = false;
  private findings: readonly Finding[] = [];
  private readonly highlighter: Highlighter;
  private readonly card: Card;
  private style: HTMLStyleElement | null = null;
  private ui: AbortController | null = null;
  private observer: MutationObserver | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  /** The group whose card is open. */
  private current: MarkGroup | null = null;

  constructor(
    protected readonly win: Window,
    protected readonly env: HostEnv,
    readonly name: HostName = 'dom',
    /** Reads the text this host reviews (the whole body by default). */
    private readonly read: () => DomText = () => readDomText(win.document.body),
  ) {
    this.highlighter = new Highlighter(win.document, (g) => describeGroup(g, env.t as (k: string, s?: string[]) => string));
    this.card = new Card(win.document, env);
  }

  matches(_location: Location): boolean {
    return true;
  }

  readText(): TextSnapshot {
    const dom = this.read();
    if (!dom.text.trim()) throw new HostTextError('no-text', 'host_no_text');
    this.snapshot = dom;
    this.snapshotHadMarks = this.highlighter.groups.length > 0;
    return { text: dom.text, locate: (start, end) => dom.locate(start, end) };
  }

  highlight(findings: readonly Finding[]): number {
    this.findings = findings;
    return this.paint();
  }

  /** (Re)draws the marks of this.findings; no paint happens between clearing and marking, so nothing flickers. */
  private paint(): number {
    const doc = this.win.document;
    // an open card stays open (with what the reader typed in it) when its finding is still marked afterwards
    const openId = this.card.isOpen ? this.current?.findings[0]?.id : undefined;
    this.current = null;
    this.highlighter.clear();
    let dom = this.snapshot;
    if (!dom || this.snapshotHadMarks || !dom.segments.every((s) => s.node.isConnected)) {
      const fresh = this.read();
      // offsets are only valid for the text the engine saw; a changed page is re-reviewed by observeChanges
      if (dom && fresh.text !== dom.text) {
        this.card.close();
        return this.settle(0);
      }
      dom = this.snapshot = fresh;
      this.snapshotHadMarks = false;
    }
    const marked = this.highlighter.apply(dom, this.findings);
    if (marked && !this.style) {
      this.style = doc.createElement('style');
      this.style.setAttribute(UI_ATTRIBUTE, 'marks');
      this.style.textContent = MARK_CSS;
      (doc.head ?? doc.documentElement).appendChild(this.style);
    }
    if (marked) this.listen();
    const reopen = openId ? this.highlighter.groupOfFinding(openId) : undefined;
    if (reopen) {
      this.current = reopen;
      this.card.open({ findings: reopen.findings, anchor: this.anchorOf(reopen), focus: false, returnFocus: reopen.elements[0] ?? null });
    } else this.card.close();
    return this.settle(marked);
  }

  /** Our own DOM changes are not page changes: drop the records they produced. */
  private settle<T>(value: T): T {
    this.observer?.takeRecords();
    return value;
  }

  scrollTo(finding: Finding): boolean {
    const group = this.highlighter.groupOfFinding(finding.id);
    if (!group) return false;
    const first = group.elements[0];
    if (first) {
      first.scrollIntoView({ block: 'center', behavior: 'smooth' });
      for (const el of group.elements) {
        el.classList.remove('vigie-flash');
        void el.offsetWidth; // restart the animation
        el.classList.add('vigie-flash');
      }
      this.settle(undefined);
    } else group.boxes[0]?.reveal();
    return true;
  }

  observeChanges(callback: () => void, signal: AbortSignal): void {
    if (signal.aborted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = 0;
    let interval = CHANGE_INTERVAL;
    let lastRestore = 0;
    const check = () => {
      clearTimeout(timer);
      timer = undefined;
      const started = Date.now();
      last = started;
      const fresh = this.read();
      // a page that changes all the time must not keep Vigie busy: reading costs at most a tenth of the time
      interval = Math.max(CHANGE_INTERVAL, (Date.now() - started) * 10);
      if (this.snapshot && fresh.text !== this.snapshot.text) callback();
      else if (this.highlighter.groups.length && !this.highlighter.intact()) {
        // the page re-rendered the same text and dropped the marks: put them back
        this.snapshot = fresh;
        this.snapshotHadMarks = false;
        this.paint();
      }
    };
    const observer = new MutationObserver((records) => {
      if (records.every((r) => (r.target as Element).closest?.(`[${UI_ATTRIBUTE}]`) || this.card.contains(r.target))) return;
      // Marks dropped by a re-render are put back right away: observers run before the next paint, so the page
      // never shows without them (unless it re-renders more than ten times a second).
      if (this.highlighter.groups.length && !this.highlighter.intact() && Date.now() - lastRestore > RESTORE_INTERVAL) {
        lastRestore = Date.now();
        check();
        return;
      }
      if (!timer) timer = setTimeout(check, Math.max(0, interval - (Date.now() - last)));
    });
    observer.observe(this.win.document.body, { childList: true, subtree: true, characterData: true });
    this.observer = observer;
    // typing in a textarea changes its value, not the DOM
    this.win.document.addEventListener('input', (e) => {
      if ((e.target as Element | null)?.tagName === 'TEXTAREA' && !timer) {
        timer = setTimeout(check, Math.max(0, interval - (Date.now() - last)));
      }
    }, { signal });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(timer);
      if (this.observer === observer) this.observer = null;
    });
  }

  clear(): void {
    this.card.close();
    this.current = null;
    this.highlighter.clear();
    this.style?.remove();
    this.style = null;
    this.ui?.abort();
    this.ui = null;
    this.findings = [];
    this.settle(undefined);
  }

  destroy(): void {
    this.clear();
    this.observer?.disconnect();
    this.observer = null;
    this.snapshot = null;
  }

  /** Hover, focus and keyboard handling of the marks, delegated on the document until clear(). */
  private listen(): void {
    if (this.ui) return;
    this.ui = new AbortController();
    const { signal } = this.ui;
    const doc = this.win.document;
    const markOf = (target: EventTarget | null) =>
      target && (target as Node).nodeType === 1 ? ((target as Element).closest(`mark.${MARK_CLASS}`) as HTMLElement | null) : null;

    doc.addEventListener('mouseover', (e) => {
      const mark = markOf(e.target);
      if (mark || this.card.contains(e.target)) clearTimeout(this.closeTimer);
      if (mark) {
        const group = this.highlighter.groupOf(mark);
        if (group && group !== this.current) this.openCard(group, mark.getBoundingClientRect(), false, null);
      }
    }, { signal });
    doc.addEventListener('mouseout', (e) => {
      if (!markOf(e.target) && !this.card.contains(e.target)) return;
      if (markOf(e.relatedTarget) || this.card.contains(e.relatedTarget)) return;
      clearTimeout(this.closeTimer);
      this.closeTimer = setTimeout(() => {
        // keep the card while focus is in it or on its mark
        if (this.card.contains(doc.activeElement) || markOf(doc.activeElement)) return;
        this.closeCard();
      }, HOVER_CLOSE_DELAY);
    }, { signal });
    doc.addEventListener('focusin', (e) => {
      const mark = markOf(e.target);
      if (mark) {
        const group = this.highlighter.groupOf(mark);
        if (group && !this.card.restoringFocus) this.openCard(group, mark.getBoundingClientRect(), false, mark);
      } else if (!this.card.contains(e.target)) this.closeCard();
    }, { signal });
    doc.addEventListener('keydown', (e) => {
      if (matchesShortcut(e, SHORTCUTS.next) || matchesShortcut(e, SHORTCUTS.previous)) {
        e.preventDefault();
        this.step(matchesShortcut(e, SHORTCUTS.next) ? 1 : -1);
        return;
      }
      const mark = markOf(e.target);
      if (!mark) return;
      if (e.key === 'Escape' && this.card.isOpen) {
        e.preventDefault();
        this.closeCard();
      } else if (e.key === 'Enter' || e.key === ' ') {
        const group = this.highlighter.groupOf(mark);
        if (group) {
          e.preventDefault();
          this.openCard(group, mark.getBoundingClientRect(), true, mark);
        }
      }
    }, { signal, capture: true });
    // the card is position:fixed: it follows its mark when the page scrolls
    this.win.addEventListener('scroll', () => {
      if (this.current && this.card.isOpen) this.card.moveTo(this.anchorOf(this.current));
    }, { signal, capture: true, passive: true });
    if (this.highlighter.groups.some((g) => g.boxes.length)) {
      // CSS highlights and overlay boxes are not (page) elements: hit-test them on mouse moves, once per frame
      let pending = false;
      doc.addEventListener('mousemove', (e) => {
        if (pending) return;
        pending = true;
        this.win.requestAnimationFrame(() => {
          pending = false;
          const hit = this.highlighter.groups.find((g) =>
            g.boxes.some((box) => box.rects().some((b) => e.clientX >= b.left && e.clientX <= b.right && e.clientY >= b.top && e.clientY <= b.bottom)),
          );
          if (hit) {
            clearTimeout(this.closeTimer);
            if (hit !== this.current) this.openCard(hit, this.anchorOf(hit), false, null);
          } else if (this.current?.boxes.length && !this.card.contains(e.target) && !this.card.contains(doc.activeElement)) {
            // left the highlight (and not onto its card): close as when leaving a mark
            clearTimeout(this.closeTimer);
            this.closeTimer = setTimeout(() => this.closeCard(), HOVER_CLOSE_DELAY);
          }
        });
      }, { signal });
    }
  }

  private anchorOf(group: MarkGroup): DOMRect {
    return group.elements[0]?.getBoundingClientRect() ?? group.boxes[0]?.rects()[0] ?? new DOMRect();
  }

  private openCard(group: MarkGroup, anchor: DOMRect, focus: boolean, returnFocus: HTMLElement | null): void {
    clearTimeout(this.closeTimer);
    this.current = group;
    this.card.open({ findings: group.findings, anchor, focus, returnFocus });
    this.settle(undefined);
  }

  private closeCard(): void {
    this.current = null;
    this.card.close();
    this.settle(undefined);
  }

  /** Alt+Shift+N / Alt+Shift+P: the next / previous finding in text order. */
  private step(direction: 1 | -1): void {
    const groups = this.highlighter.groups;
    if (!groups.length) return;
    const active = this.win.document.activeElement;
    const focused = active ? groups.indexOf(this.highlighter.groupOf(active) as MarkGroup) : -1;
    const at = focused >= 0 ? focused : this.current ? groups.indexOf(this.current) : -1;
    const next = groups[at < 0 ? (direction > 0 ? 0 : groups.length - 1) : (at + direction + groups.length) % groups.length]!;
    const first = next.elements[0];
    if (first) {
      // scroll first: focusing opens the card next to the mark where it is now
      first.scrollIntoView({ block: 'center' });
      first.focus({ preventScroll: true });
    } else {
      // a highlight in an editable area cannot take focus: the card does, and Escape gives it back
      next.boxes[0]?.reveal();
      this.openCard(next, this.anchorOf(next), true, active as HTMLElement | null);
    }
  }
}

export function createDomAdapter(win: Window, env: HostEnv): HostAdapter {
  return new DomAdapter(win, env);
}
