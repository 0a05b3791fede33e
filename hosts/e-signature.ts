/**
 * E-signature pages (DocuSign, Yousign, Adobe Acrobat Sign, Dropbox Sign) show the contract as page images, so
 * there is no text to read here: the adapter shows a small dismissible banner (shadow root) that opens the
 * document's PDF in Vigie's viewer through the page's own download link, or explains how to download it and drop
 * it into the viewer. It never builds URLs from the site's internal tokens.
 */
import type { HostAdapter, HostEnv, TextSnapshot } from './types';
import { HostTextError } from './types';
import { UI_ATTRIBUTE } from './dom-text';
import { isLocalFixture } from './local';
import type { SigningSite } from './esign/types';
import { SIGNING_SITES } from './esign/index';


export function detectSigningSite(location: Location, doc: Document): SigningSite | undefined {
  const local = isLocalFixture(location);
  return SIGNING_SITES.find(
    (site) => (site.hosts.test(location.hostname) || local) && !!doc.querySelector(site.documentSelector),
  );
}

/** The PDF behind the page's own download link, if it is a plain link to an http(s) URL. */
export function downloadUrl(site: SigningSite, doc: Document): string | undefined {
  const link = doc.querySelector<HTMLAnchorElement>(site.downloadSelector);
  if (!link) return undefined;
  try {
    const url = new URL(link.getAttribute('href')!, doc.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const BANNER_CSS = `
:host{all:initial}
.banner{box-sizing:border-box;display:flex;gap:10px;align-items:flex-start;max-width:420px;padding:10px 12px;
  background:#1a237e;color:#fff;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.3);
  font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
p{margin:0 0 6px}
strong{display:block;margin-bottom:2px}
button{font:inherit;padding:4px 10px;border:1px solid #fff;border-radius:4px;background:#fff;color:#1a237e;cursor:pointer}
button.close{background:transparent;color:#fff;border:none;font-size:18px;line-height:1;padding:0 4px}
button:focus-visible{outline:2px solid #ffeb3b;outline-offset:2px}
`;

export class ESignatureAdapter implements HostAdapter {
  readonly name = 'e-signature' as const;
  private banner: HTMLElement | null = null;
  private bannerDismissed = false;

  constructor(
    private readonly win: Window,
    private readonly env: HostEnv,
    readonly site: SigningSite,
  ) {}

  matches(location: Location): boolean {
    return detectSigningSite(location, this.win.document) === this.site;
  }

  /** There is no text in the page: show the banner and say so (the popup shows the message, not "0 points"). */
  readText(): TextSnapshot {
    this.showBanner();
    throw new HostTextError('pdf-only', 'host_esign_pdf_only');
  }

  showBanner(): void {
    if (this.banner || this.bannerDismissed) return;
    const doc = this.win.document;
    const { t } = this.env;
    const file = downloadUrl(this.site, doc);
    const host = doc.createElement('div');
    host.setAttribute(UI_ATTRIBUTE, 'banner');
    host.style.cssText = 'position:fixed;z-index:2147483647;right:16px;bottom:16px;';
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = BANNER_CSS;
    const box = doc.createElement('div');
    box.className = 'banner';
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', t('host_esign_banner_label'));
    const body = doc.createElement('div');
    const title = doc.createElement('strong');
    title.textContent = t('host_esign_banner_title');
    const text = doc.createElement('p');
    text.textContent = file ? t('host_esign_banner_link', this.site.name) : t('host_esign_banner_manual', this.site.name);
    const open = doc.createElement('button');
    open.type = 'button';
    open.className = 'open';
    open.textContent = file ? t('host_esign_open_pdf') : t('host_esign_open_viewer');
    open.addEventListener('click', () => void this.env.openViewer(file));
    body.append(title, text, open);
    const close = doc.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.setAttribute('aria-label', t('host_esign_banner_close'));
    close.textContent = '×';
    close.addEventListener('click', () => {
      this.bannerDismissed = true;
      this.clear();
    });
    box.append(body, close);
    root.append(style, box);
    doc.documentElement.appendChild(host);
    this.banner = host;
  }

  highlight(): number {
    return 0;
  }

  scrollTo(): boolean {
    return false;
  }

  /** Signing pages load the document late (single-page apps): nothing to re-read, the banner stays. */
  observeChanges(_callback: () => void, _signal: AbortSignal): void {}

  clear(): void {
    this.banner?.remove();
    this.banner = null;
  }

  destroy(): void {
    this.clear();
  }
}

export function createESignatureAdapter(win: Window, env: HostEnv, site: SigningSite): HostAdapter {
  return new ESignatureAdapter(win, env, site);
}
