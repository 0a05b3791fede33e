/**
 * Helpers of the hosts end-to-end tests: local stand-ins for the hosts' endpoints (Google Docs text export,
 * a signing site's PDF download), generated long contract pages, and mark counting in a page or frame.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Frame, Page } from '@playwright/test';
import type { StaticServer } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
export const FR_TEXT = readFileSync(join(ROOT, 'examples/fr-unbalanced.txt'), 'utf8');
const FIXTURES = join(ROOT, 'test/fixtures/hosts');

/** Google Docs: the editor page and its export, for a readable document and for the two refusals. */
export function stubGoogleDocs(server: StaticServer): void {
  const editor = readFileSync(join(FIXTURES, 'google-docs/edit.html'));
  const signin = readFileSync(join(FIXTURES, 'google-docs/signin.html'));
  for (const id of ['vigie-fixture', 'signin-required', 'no-download']) {
    server.route(`/document/d/${id}/edit`, (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(editor));
  }
  server.route('/document/d/vigie-fixture/export', (req, res) => {
    const format = new URL(req.url ?? '/', 'http://x').searchParams.get('format');
    if (format !== 'txt') return void res.writeHead(400).end();
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(`\uFEFF${FR_TEXT.replace(/\n/g, '\r\n')}`);
  });
  // no session: Docs answers 200 with an HTML sign-in page
  server.route('/document/d/signin-required/export', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(signin));
  server.route('/document/d/no-download/export', (_req, res) => void res.writeHead(403, { 'content-type': 'text/html' }).end('<html>Forbidden</html>'));
}

/** A text PDF of `text` (Helvetica, A4, wrapped), as a signing site would let you download. */
export async function contractPdf(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const size = 10;
  const width = 595 - 2 * 56;
  const encodable = (s: string) => s.replace(/[^\x20-\x7e\u00a0-\u00ff\u2013\u2014\u2019\u201c\u201d\u2026\u20ac\u0153]/g, ' ');
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of encodable(para).split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  let page = pdf.addPage([595, 842]);
  let y = 842 - 56;
  for (const line of lines) {
    if (y < 56) {
      page = pdf.addPage([595, 842]);
      y = 842 - 56;
    }
    if (line) page.drawText(line, { x: 56, y, size, font });
    y -= size * 1.4;
  }
  return pdf.save();
}

export async function stubSigningPdf(server: StaticServer): Promise<void> {
  const bytes = await contractPdf(FR_TEXT);
  server.route('/hosts/docusign/contract.pdf', (_req, res) => void res.writeHead(200, { 'content-type': 'application/pdf' }).end(Buffer.from(bytes)));
}

/** A contract page of about `pages` pages (≈ 3 000 characters each), the sample's articles renumbered. */
export function longContractHtml(pages: number): string {
  const esc = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
  const blocks = FR_TEXT.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const out: string[] = [];
  let chars = 0;
  for (let copy = 1; chars < pages * 3000; copy++) {
    for (const b of blocks) {
      const text = /^ARTICLE \d+/.test(b) ? b.replace(/^ARTICLE (\d+)/, (_m, n: string) => `ARTICLE ${copy}.${n}`) : b;
      out.push(/^(ARTICLE|PRÉAMBULE|ANNEXE)/.test(text) ? `<h2>${esc(text)}</h2>` : `<p>${esc(text).replace(/\n/g, '<br>')}</p>`);
      chars += text.length;
    }
  }
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Contrat cadre (${pages} pages)</title></head><body><main>${out.join('\n')}</main></body></html>`;
}

export function stubLongPages(server: StaticServer, sizes: number[]): void {
  for (const n of sizes) {
    const html = longContractHtml(n);
    server.route(`/hosts/long/${n}.html`, (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  }
}

/** Findings marked in the page: DOM marks (one tab stop per group, listing its findings) plus CSS highlights. */
export function markedFindings(target: Page | Frame): Promise<{ marks: number; ids: string[]; highlights: number }> {
  return target.evaluate(() => {
    const ids = [...document.querySelectorAll<HTMLElement>('mark.vigie-mark[tabindex="0"]')].flatMap((m) => (m.dataset.vigieIds ?? '').split(' '));
    const reg = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS.highlights;
    let highlights = 0;
    for (const name of ['vigie-high', 'vigie-medium', 'vigie-low']) highlights += reg?.get(name)?.size ?? 0;
    return { marks: document.querySelectorAll('mark.vigie-mark').length, ids, highlights };
  });
}
