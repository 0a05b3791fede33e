/** Getting bytes into the viewer and naming what went wrong (components/viewer/load.ts). */
import { describe, expect, it } from 'vitest';
import { classifyPdfError, fetchPdf, fileNameOf, looksLikePdf, OpenError, originPattern, readFile } from '../../../components/viewer/load';

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\n');
const HTML = new TextEncoder().encode('<!doctype html><title>Lien expiré</title>');

const respond = (status: number, body: Uint8Array): typeof fetch =>
  (async () => new Response(body as BodyInit, { status })) as unknown as typeof fetch;
const fail: typeof fetch = async () => {
  throw new TypeError('Failed to fetch');
};

async function reason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof OpenError ? error.reason : `other: ${String(error)}`;
  }
}

describe('viewer loading', () => {
  it('recognises a PDF by its signature, even after some junk', () => {
    expect(looksLikePdf(PDF)).toBe(true);
    expect(looksLikePdf(new Uint8Array([0xef, 0xbb, 0xbf, ...PDF]))).toBe(true);
    expect(looksLikePdf(HTML)).toBe(false);
    expect(looksLikePdf(new Uint8Array())).toBe(false);
  });

  it('asks for http(s) origins only', () => {
    expect(originPattern('https://sign.example.com/d/contrat.pdf?token=1')).toBe('https://sign.example.com/*');
    expect(originPattern('http://127.0.0.1:8080/a.pdf')).toBe('http://127.0.0.1:8080/*');
    expect(originPattern('file:///home/me/contrat.pdf')).toBeNull();
    expect(originPattern('not a url')).toBeNull();
  });

  it('names the file from its URL', () => {
    expect(fileNameOf('https://x.example/docs/Contrat%20sign%C3%A9.pdf?x=1')).toBe('Contrat signé.pdf');
    expect(fileNameOf('https://x.example/')).toBe('https://x.example/');
  });

  it('fetches a PDF and classifies each failure', async () => {
    expect(await fetchPdf('https://x.example/a.pdf', false, respond(200, PDF))).toEqual(PDF);
    expect(await reason(fetchPdf('https://x.example/a.pdf', false, respond(410, HTML)))).toBe('fetch');
    expect(await reason(fetchPdf('https://x.example/a.pdf', false, respond(200, HTML)))).toBe('not-pdf');
    expect(await reason(fetchPdf('https://x.example/a.pdf', false, fail))).toBe('fetch');
    // file://: Chrome reads it when allowed (not through fetch), Firefox never.
    const local = async () => PDF;
    const denied = async (): Promise<Uint8Array> => {
      throw new OpenError('file-access');
    };
    expect(await fetchPdf('file:///tmp/a.pdf', false, fail, local)).toEqual(PDF);
    expect(await reason(fetchPdf('file:///tmp/a.pdf', false, fail, denied))).toBe('file-access');
    expect(await reason(fetchPdf('file:///tmp/a.pdf', false, fail, async () => HTML))).toBe('not-pdf');
    expect(await reason(fetchPdf('file:///tmp/a.pdf', true, respond(200, PDF), local))).toBe('file-firefox');
  });

  it('reads a picked file, refusing what is not a PDF', async () => {
    expect(await readFile(new Blob([PDF]))).toEqual(PDF);
    expect(await reason(readFile(new Blob([HTML])))).toBe('not-pdf');
  });

  it("maps pdf.js' exceptions to messages", () => {
    expect(classifyPdfError({ name: 'InvalidPDFException' })).toBe('damaged');
    expect(classifyPdfError(new OpenError('not-pdf'))).toBe('not-pdf');
    expect(classifyPdfError(new Error('boom'))).toBe('unknown');
  });
});
