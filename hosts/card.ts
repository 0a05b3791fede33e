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
    this.moveTo(anchor);
    if (focus) (this.root!.querySelector('button:not(.close)') as HTMLElement | null)?.focus();
  }

  /** Places the card below its anchor, or above when it fits there only; it never leaves the viewport. */
  moveTo(anchor: DOMRect): void {
    const host = this.host;
    if (!host) return;
    const view = this.doc.defaultView!;
    const gap = 6;
    const width = Math.min(380, view.innerWidth - 16);
    host.style.left = `${Math.max(8, Math.min(anchor.left, view.innerWidth - width - 8))}px`;
    const below = Math.max(0, view.innerHeight - anchor.bottom - gap - 8);
    const above = Math.max(0, anchor.top - gap - 8);
    host.style.removeProperty('--vigie-max-height');
    const height = (host.shadowRoot?.querySelector('.card') as HTMLElement | null)?.offsetHeight ?? 0;
    const downwards = height <= below || (height > above && below >= above);
    const room = downwards ? below : above;
    // when the anchor is off screen (mark scrolled away), keep the card at the viewport's edge
    if (downwards) {
      host.style.top = `${Math.min(Math.max(8, anchor.bottom + gap), view.innerHeight - 8 - Math.min(height, 120))}px`;
      host.style.bottom = '';
    } else {
      host.style.top = '';
      host.style.bottom = `${Math.min(Math.max(8, view.innerHeight - anchor.top + gap), view.innerHeight - 8 - Math.min(height, 120))}px`;
    }
    if (height > room) host.style.setProperty('--vigie-max-height', `${Math.max(120, room)}px`);
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
