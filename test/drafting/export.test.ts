import { describe, expect, it } from 'vitest';
import { docxBuffer } from '../../drafting/docx';
import { encodeHeader, exportBlockers, fileName, quotedPrintable, toEml, toMailto, toPlainText, toPrintHtml } from '../../drafting/export';
import type { Draft } from '../../drafting/types';
import { docxText, readZip } from './zip';

const email: Draft = {
  kind: 'negotiation',
  lang: 'fr',
  format: 'email',
  subject: 'Contrat « Mission » – propositions d’ajustements avant signature',
  body: 'Bonjour,\n\nÉchéance à 30 jours = mieux.\n\nBien cordialement,\nCamille',
};

function decodeQp(text: string): string {
  const bytes: number[] = [];
  const src = text.replace(/=\r\n/g, '');
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '=') {
      bytes.push(parseInt(src.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(src.charCodeAt(i));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

function decodeHeader(value: string): string {
  return value.replace(/\r\n /g, '').replace(/=\?UTF-8\?B\?([^?]*)\?=/g, (_, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
}

describe('plain text and mailto', () => {
  it('puts the subject on top of an email and leaves letters as they are', () => {
    expect(toPlainText(email)).toBe(`Objet : ${email.subject}\n\n${email.body}`);
    expect(toPlainText({ ...email, format: 'letter' })).toBe(email.body);
  });

  it('encodes subject and body, with CRLF line breaks', () => {
    const { url, truncated } = toMailto(email, { to: 'a@b.test' });
    expect(truncated).toBe(false);
    expect(url.startsWith('mailto:a%40b.test?subject=Contrat%20%C2%AB%20Mission')).toBe(true);
    const body = decodeURIComponent(new URL(url).searchParams.get('body') ?? '');
    expect(body).toBe(email.body.replace(/\n/g, '\r\n'));
  });

  it('cuts a long body on a line so the URL stays under the limit, and says so', () => {
    const long = { ...email, body: Array.from({ length: 200 }, (_, i) => `Ligne ${i} avec des accents éàù`).join('\n') };
    const { url, truncated } = toMailto(long, { truncatedNote: '[texte complet copié]' });
    expect(truncated).toBe(true);
    expect(url.length).toBeLessThanOrEqual(1900);
    const body = new URL(url).searchParams.get('body')!;
    expect(body).toMatch(/Ligne \d+ avec des accents éàù\r\n\r\n\[texte complet copié\]$/);
  });
});

describe('.eml', () => {
  it('is an RFC 5322 message with an encoded subject and a quoted-printable UTF-8 body', () => {
    const eml = toEml(email, { date: new Date(Date.UTC(2026, 11, 1, 9, 5, 0)), from: { name: 'Camille Martin', email: 'c@example.test' } });
    const [head, ...rest] = eml.split('\r\n\r\n');
    expect(head).toContain('From: Camille Martin <c@example.test>');
    expect(head).toContain('Date: Tue, 01 Dec 2026 09:05:00 +0000');
    expect(head).toContain('MIME-Version: 1.0');
    expect(head).toContain('Content-Type: text/plain; charset=UTF-8');
    expect(head).toContain('Content-Transfer-Encoding: quoted-printable');
    expect(head).toContain('X-Unsent: 1');
    const subject = /Subject: ((?:.|\r\n )*)/.exec(head!)![1]!;
    expect(subject).toMatch(/^=\?UTF-8\?B\?/);
    for (const word of subject.split('\r\n ')) expect(word.length).toBeLessThanOrEqual(75);
    expect(decodeHeader(subject)).toBe(email.subject);
    const body = rest.join('\r\n\r\n');
    expect(body.split('\r\n').every((l) => l.length <= 76)).toBe(true);
    expect(decodeQp(body).replace(/\r\n/g, '\n').trimEnd()).toBe(email.body);
    expect(body).toContain('=C3=89ch=C3=A9ance'); // É and é as UTF-8 bytes
    expect(body).toContain('=3D'); // the "=" sign itself
  });

  it('soft-breaks long lines and keeps trailing spaces safe', () => {
    const qp = quotedPrintable(`${'é'.repeat(40)} \nfin`);
    expect(qp.split('\r\n').every((l) => l.length <= 76)).toBe(true);
    expect(qp).toContain('=20\r\nfin');
    expect(encodeHeader('plain ascii')).toBe('plain ascii');
  });

  it('omits From when the profile has no email', () => {
    expect(toEml(email, { date: new Date(0) })).not.toContain('From:');
  });
});

describe('print page and file names', () => {
  it('is a standalone escaped HTML page with print CSS and the language set', () => {
    const html = toPrintHtml({ ...email, body: 'A <b>&</b>\nligne 2\n\nParagraphe' }, { hint: 'Imprimer → PDF' });
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<p>A &lt;b&gt;&amp;&lt;/b&gt;<br>ligne 2</p>');
    expect(html).toContain('<p><strong>Objet : Contrat « Mission »');
    expect(html).toContain('@media print');
    expect(html).toContain('<title>Contrat « Mission »');
    expect(html).not.toContain('<script');
    expect(fileName(email, 'docx')).toBe('contrat-mission-propositions-d-ajustements-avant-signature.docx');
  });

  it('blocks export while a placeholder remains in the subject or body', () => {
    expect(exportBlockers(email)).toEqual([]);
    expect(exportBlockers({ ...email, body: 'Paris «[à compléter : lieu]»' })).toEqual(['lieu']);
  });
});

describe('.docx', () => {
  it('writes a Word file whose document.xml holds the text, paragraphs and line breaks', async () => {
    const letter: Draft = { ...email, format: 'letter', subject: 'Mise en demeure', body: 'Camille Martin\n1 rue de la Paix\n\nObjet : Mise en demeure – Contrat\n\nSous toutes réserves & sans préjudice.' };
    const buf = await docxBuffer(letter);
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    const text = docxText(buf);
    expect(text).toContain('Camille Martin\n1 rue de la Paix');
    expect(text).toContain('Objet : Mise en demeure – Contrat');
    expect(text).toContain('Sous toutes réserves & sans préjudice.');
    const xml = readZip(buf).get('word/document.xml')!.toString('utf8');
    expect(xml).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*Objet : Mise en demeure/s);
  });
});
