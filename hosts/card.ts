/**
 * Shows FindingCard next to a mark, in a shadow root hung on <html> (outside <body>, untouched by page CSS).
 * One card at a time; Escape closes it and gives focus back to where it was.
 */
import { h, render } from 'preact';
import { FindingCard, FINDING_CARD_CSS } from '../components/FindingCard';
import type { Finding } from '../rules/engine/types';
import type { HostEnv } from './types';
import { UI_ATTRIBUTE } from './dom-text';

export interface CardOpening {
  findings: Finding[];
  /** Where to place the card (viewport coordinates). */
  anchor: DOMRect;
  /** Move focus into the card (keyboard users); hover leaves focus where it is. */
  focus: boolean;
  /** Focus goes back here when the card closes with Escape. */
  returnFocus: HTMLElement | null;
}

export class Card {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private returnFocus: HTMLElement | null = null;
  /** True while focus goes back to the mark: focusing a mark opens its card, but not then. */
  restoringFocus = false;
  /** Ids of the findings shown, for the tests and to avoid re-rendering the same card on every mouse move. */
  shownIds = '';

  constructor(
    private readonly doc: Document,
    private readonly env: HostEnv,
  ) {}

  get isOpen(): boolean {
    return !!this.host;
  }

  /** Whether `node` is the card (events inside it must not close it). */
  contains(node: EventTarget | null): boolean {
    if (!this.host || !node || typeof (node as Node).getRootNode !== 'function') return false;
    const n = node as Node;
    return n === this.host || this.host.contains(n) || n.getRootNode() === this.root;
  }

  open({ findings, anchor, focus, returnFocus }: CardOpening): void {
    const ids = findings.map((f) => f.id).join(' ');
    if (!this.host) {
      this.host = this.doc.createElement('div');
      this.host.setAttribute(UI_ATTRIBUTE, 'card');
      this.host.style.cssText = 'position:fixed;z-index:2147483647;top:0;left:0;';
      this.root = this.host.attachShadow({ mode: 'open' });
      this.doc.documentElement.appendChild(this.host);
      this.root.addEventListener('keydown', (e) => {
        if ((e as KeyboardEvent).key === 'Escape') {
          e.stopPropagation();
          this.close(true);
        }
      });
    }
    this.returnFocus = returnFocus;
    if (ids !== this.shownIds) {
      this.shownIds = ids;
      const style = this.doc.createElement('style');
      style.textContent = FINDING_CARD_CSS;
      const mount = this.doc.createElement('div');
      this.root!.replaceChildren(style, mount);
      render(
        h(FindingCard, {
          findings,
          t: this.env.t,
          onDismiss: async (id: string, reason: string) => {
            await this.env.dismiss(id, reason || undefined);
            this.close(true);
          },
          onOpenPanel: (id: string) => this.env.openPanel(id),
          onClose: () => this.close(true),
        }),
        mount,
      );
    }
    this.place(anchor);
    if (focus) (this.root!.querySelector('button:not(.close)') as HTMLElement | null)?.focus();
  }

  private place(anchor: DOMRect): void {
    const host = this.host!;
    const view = this.doc.defaultView!;
    const width = Math.min(380, view.innerWidth - 16);
    const left = Math.max(8, Math.min(anchor.left, view.innerWidth - width - 8));
    const below = view.innerHeight - anchor.bottom;
    host.style.left = `${left}px`;
    if (below >= 240 || below >= anchor.top) {
      host.style.top = `${anchor.bottom + 6}px`;
      host.style.bottom = '';
    } else {
      host.style.top = '';
      host.style.bottom = `${view.innerHeight - anchor.top + 6}px`;
    }
  }

  /** Closes the card; with `restoreFocus`, focus returns to the mark (or element) it was opened from. */
  close(restoreFocus = false): void {
    if (!this.host) return;
    const back = this.returnFocus;
    if (this.root) render(null, this.root.lastElementChild as HTMLElement);
    this.host.remove();
    this.host = null;
    this.root = null;
    this.shownIds = '';
    this.returnFocus = null;
    if (restoreFocus && back?.isConnected) {
      this.restoringFocus = true;
      try {
        back.focus();
      } finally {
        this.restoringFocus = false;
      }
    }
  }
}
