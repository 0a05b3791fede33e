// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createAdapter } from '../../hosts/index';
import { exportUrl, GoogleDocsAdapter, isGoogleDocsEditor, relocate } from '../../hosts/google-docs';
import { classifyExport, fetchDocsExport, isExportUrl } from '../../hosts/google-docs-export';
import { detectSigningSite, downloadUrl, ESignatureAdapter } from '../../hosts/e-signature';
import { HostTextError } from '../../hosts/types';
import { readRangeText } from '../../hosts/selection';
import { AUTOMATIC_HOST_PERMISSIONS } from '../../hosts/automatic';
import { fakeEnv, findingAt } from './helpers';

const at = (href: string) => {
  const u = new URL(href);
  return { href, protocol: u.protocol, hostname: u.hostname, pathname: u.pathname, origin: u.origin } as Location;
};

afterEach(() => {
  document.body.innerHTML = '';
  window.getSelection()?.removeAllRanges();
});

describe('host detection', () => {
  it('recognises the Google Docs editor, not published documents', () => {
    expect(isGoogleDocsEditor(at('https://docs.google.com/document/d/abc_123/edit'), document)).toBe(true);
    expect(isGoogleDocsEditor(at('https://docs.google.com/document/u/1/d/abc/edit#heading=h.1'), document)).toBe(true);
    expect(isGoogleDocsEditor(at('https://docs.google.com/document/d/e/2PACX/pub'), document)).toBe(false);
    expect(isGoogleDocsEditor(at('https://docs.google.com/document/d/abc/pub'), document)).toBe(false);
    expect(isGoogleDocsEditor(at('https://example.com/document/d/abc/edit'), document)).toBe(false);
    // the local fixture is recognised by the editor's structure only
    expect(isGoogleDocsEditor(at('http://localhost:4000/document/d/abc/edit'), document)).toBe(false);
    document.body.innerHTML = '<div class="kix-appview-editor"><canvas></canvas></div>';
    expect(isGoogleDocsEditor(at('http://localhost:4000/document/d/abc/edit'), document)).toBe(true);
  });

  it('builds the export URL on docs.google.com, or on the fixture’s own origin', () => {
    expect(exportUrl(at('https://docs.google.com/document/d/abc/edit'))).toBe('https://docs.google.com/document/d/abc/export?format=txt');
    expect(exportUrl(at('http://127.0.0.1:4001/document/d/xyz/edit'))).toBe('http://127.0.0.1:4001/document/d/xyz/export?format=txt');
  });

  it('recognises signing sites by host and page structure', () => {
    document.body.innerHTML = '<div class="doc-page"><img src="p1.png"></div><a data-qa="download-document" href="/files/contract.pdf">Download</a>';
    expect(detectSigningSite(at('https://na3.docusign.net/Signing/EmailStart.aspx'), document)?.id).toBe('docusign');
    expect(detectSigningSite(at('http://localhost:4000/hosts/docusign/'), document)?.id).toBe('docusign');
    expect(detectSigningSite(at('https://example.com/'), document)).toBeUndefined();
    expect(downloadUrl(detectSigningSite(at('https://x.docusign.net/'), document)!, document)).toMatch(/\/files\/contract\.pdf$/);
    document.body.innerHTML = '<p>A contract page</p>';
    expect(detectSigningSite(at('https://na3.docusign.net/Signing/'), document)).toBeUndefined();
  });

  it('createAdapter picks the host', () => {
    const env = fakeEnv();
    document.body.innerHTML = '<p>Le présent contrat est conclu entre les parties soussignées pour une durée de un an.</p>';
    expect(createAdapter(window, env).name).toBe('dom');
    expect(createAdapter(window, env, { selection: true }).name).toBe('dom'); // no selection: the page
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p')!);
    window.getSelection()!.addRange(range);
    expect(createAdapter(window, env, { selection: true }).name).toBe('selection');
  });
});

describe('automatic hosts', () => {
  it('asks host access for Google Docs and the signing sites only, origin-wide', () => {
    expect(AUTOMATIC_HOST_PERMISSIONS).toContain('https://docs.google.com/*');
    expect(AUTOMATIC_HOST_PERMISSIONS).toContain('https://*.docusign.net/*');
    for (const p of AUTOMATIC_HOST_PERMISSIONS) expect(p).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]+\/\*$/);
    expect(AUTOMATIC_HOST_PERMISSIONS.some((p) => /<all_urls>|\*:\/\/\*\//.test(p))).toBe(false);
  });
});

describe('selection host', () => {
  it('reads only the selected text, with offsets mapped back into the page', () => {
    document.body.innerHTML = '<p id="a">Préambule hors sélection.</p><p id="b">Article 1. Le client paie à <i>90</i> jours.</p><p>Après.</p>';
    const range = document.createRange();
    const b = document.getElementById('b')!;
    range.setStart(b.firstChild!, 11);
    range.setEnd(b.lastChild!, 6);
    const part = readRangeText(range);
    expect(part.text).toBe('Le client paie à 90 jours');
    expect(part.locate(17, 25)!.toString()).toBe('90 jours');
  });
});

describe('Google Docs export', () => {
  it('tells text from sign-in pages and refusals', () => {
    expect(classifyExport(200, 'text/plain; charset=utf-8', 'https://docs.google.com/x', '\uFEFFArticle 1\r\nSuite')).toEqual({ ok: true, text: 'Article 1\nSuite' });
    expect(classifyExport(200, 'text/html', 'https://docs.google.com/x', '<!DOCTYPE html><html>')).toEqual({ ok: false, reason: 'signin' });
    expect(classifyExport(200, 'text/plain', 'https://accounts.google.com/ServiceLogin?continue=…', 'x')).toEqual({ ok: false, reason: 'signin' });
    expect(classifyExport(403, 'text/html', 'https://docs.google.com/x', 'Forbidden')).toEqual({ ok: false, reason: 'forbidden' });
    expect(classifyExport(500, 'text/plain', 'https://docs.google.com/x', '')).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('only ever fetches Docs text exports, with the user’s cookies', async () => {
    expect(isExportUrl('https://docs.google.com/document/d/abc/export?format=txt')).toBe(true);
    expect(isExportUrl('https://docs.google.com/document/d/abc/export?format=docx')).toBe(false);
    expect(isExportUrl('https://evil.example/document/d/abc/export?format=txt')).toBe(false);
    const seen: RequestInit[] = [];
    const fake = (async (_url: string, init: RequestInit) => {
      seen.push(init);
      return new Response('Texte', { status: 200, headers: { 'content-type': 'text/plain' } });
    }) as unknown as typeof fetch;
    expect(await fetchDocsExport('https://docs.google.com/document/d/abc/export?format=txt', fake)).toEqual({ ok: true, text: 'Texte' });
    expect(seen[0]!.credentials).toBe('include');
    expect(await fetchDocsExport('https://evil.example/x', fake)).toEqual({ ok: false, reason: 'unavailable' });
    expect(seen).toHaveLength(1);
  });

  it('finds export findings again in an accessible text layer by their quote', () => {
    const exported = 'Article 9\nLe Prestataire s’interdit toute concurrence.';
    const f = findingAt(exported, 'Le Prestataire s’interdit toute concurrence.');
    const layer = 'Titre\nArticle 9  Le Prestataire\ns’interdit toute concurrence.';
    const [moved] = relocate([f], layer);
    expect(layer.slice(moved!.start, moved!.end)).toBe('Le Prestataire\ns’interdit toute concurrence.');
  });
});

describe('Google Docs host', () => {
  it('turns a refused export into a HostTextError with the message to show, never an empty review', async () => {
    const env = { ...fakeEnv(), fetchExport: async () => ({ ok: false as const, reason: 'signin' as const }) };
    await expect(new GoogleDocsAdapter(window, env).readText()).rejects.toMatchObject({ reason: 'signin', messageKey: 'host_docs_signin' });
    const forbidden = { ...fakeEnv(), fetchExport: async () => ({ ok: false as const, reason: 'forbidden' as const }) };
    await expect(new GoogleDocsAdapter(window, forbidden).readText()).rejects.toBeInstanceOf(HostTextError);
  });

  it('marks nothing on the canvas editor, and marks the text layer when Docs has one', async () => {
    const text = 'Article 9\nLe Prestataire s’interdit toute concurrence pendant 3 ans.';
    const env = { ...fakeEnv(), fetchExport: async () => ({ ok: true as const, text }) };
    document.body.innerHTML = '<div class="kix-appview-editor"><canvas></canvas></div>';
    const adapter = new GoogleDocsAdapter(window, env);
    const snapshot = await adapter.readText();
    expect(snapshot.text).toBe(text);
    const f = findingAt(text, 'Le Prestataire s’interdit toute concurrence pendant 3 ans.', { id: 'NC' });
    expect(adapter.highlight([f])).toBe(0);
    document.querySelector('.kix-appview-editor')!.insertAdjacentHTML('beforeend', '<div role="document"><p>Article 9</p><p>Le Prestataire s’interdit toute concurrence pendant 3 ans.</p></div>');
    expect(adapter.highlight([f])).toBe(1);
    expect(document.querySelector('[role="document"] mark.vigie-mark')?.textContent).toBe('Le Prestataire s’interdit toute concurrence pendant 3 ans.');
    adapter.destroy();
    expect(document.querySelector('mark')).toBeNull();
  });
});

describe('e-signature host', () => {
  it('shows a banner instead of a false review, and opens the viewer on the page’s own link', () => {
    document.body.innerHTML = '<div class="doc-page"><img src="p1.png"></div><a data-qa="download-document" href="/files/c.pdf">Download</a>';
    const env = fakeEnv();
    const site = detectSigningSite(at('https://na3.docusign.net/Signing/'), document)!;
    const adapter = new ESignatureAdapter(window, env, site);
    expect(() => adapter.readText()).toThrow(HostTextError);
    const banner = document.querySelector('[data-vigie-ui="banner"]')!;
    expect(banner.shadowRoot!.textContent).toContain('host_esign_banner_title');
    (banner.shadowRoot!.querySelector('button.open') as HTMLButtonElement).click();
    expect(env.calls[0]).toMatch(/^viewer .*\/files\/c\.pdf$/);
    (banner.shadowRoot!.querySelector('button.close') as HTMLButtonElement).click();
    expect(document.querySelector('[data-vigie-ui]')).toBeNull();
    expect(() => adapter.readText()).toThrow(HostTextError);
    expect(document.querySelector('[data-vigie-ui]')).toBeNull(); // dismissed: stays hidden
  });
});
