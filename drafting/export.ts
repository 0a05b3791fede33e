/**
 * Exports of a draft that need no heavy library: plain text, mailto URL, .eml (RFC 5322 / MIME) and a
 * print-ready HTML page (the browser's "Save as PDF"). The .docx export lives in docx.ts (loaded on demand).
 * Nothing here sends anything: the mail client or the user does.
 */
import { findPlaceholders } from './placeholders';
import type { Draft } from './types';

const SUBJECT_LABEL = { fr: 'Objet', en: 'Subject' } as const;

/** Export is blocked while the text still holds placeholders: their labels, or [] when ready. */
export function exportBlockers(draft: Draft): string[] {
  return findPlaceholders(`${draft.subject}\n${draft.body}`);
}

/** Emails get their subject line on top; letters already carry it in the body. */
export function toPlainText(draft: Draft): string {
  return draft.format === 'email' ? `${SUBJECT_LABEL[draft.lang]}${draft.lang === 'fr' ? ' :' : ':'} ${draft.subject}\n\n${draft.body}` : draft.body;
}

/**
 * Conservative URL length most mail handlers accept (Windows' ShellExecute and some clients cut around 2 000).
 * Longer bodies are cut on a line and `truncated` tells the UI to copy the full text to the clipboard.
 */
const MAILTO_MAX = 1900;

export function toMailto(draft: Draft, options: { to?: string; max?: number; truncatedNote?: string } = {}): { url: string; truncated: boolean } {
  const max = options.max ?? MAILTO_MAX;
  const build = (body: string) =>
    `mailto:${options.to ? encodeURIComponent(options.to) : ''}?subject=${encodeURIComponent(draft.subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;
  const full = build(draft.body);
  if (full.length <= max) return { url: full, truncated: false };
  const note = `\n\n${options.truncatedNote ?? '[…]'}`;
  const lines = draft.body.split('\n');
  // Drop whole lines from the end until it fits (binary search on the number of lines kept).
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (build(lines.slice(0, mid).join('\n') + note).length <= max) lo = mid;
    else hi = mid - 1;
  }
  return { url: build(lines.slice(0, lo).join('\n') + note), truncated: true };
}

function utf8Base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** RFC 2047 encoded words (UTF-8, base64), each at most 75 characters, split on character boundaries. */
export function encodeHeader(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  const words: string[] = [];
  let chunk = '';
  for (const ch of value) {
    // 75 - "=?UTF-8?B?" - "?=" = 63 base64 chars → at most 45 bytes of UTF-8 per word.
    if (new TextEncoder().encode(chunk + ch).length > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${utf8Base64(w)}?=`).join('\r\n ');
}

/** Quoted-printable (RFC 2045) of UTF-8 text with CRLF line breaks and soft breaks at 76 characters. */
export function quotedPrintable(text: string): string {
  const out: string[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const bytes = new TextEncoder().encode(line);
    const tokens: string[] = [];
    bytes.forEach((b, i) => {
      const last = i === bytes.length - 1;
      const printable = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
      tokens.push(printable ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`);
    });
    let current = '';
    for (const tok of tokens) {
      if (current.length + tok.length > 75) {
        out.push(`${current}=`);
        current = '';
      }
      current += tok;
    }
    out.push(current);
  }
  return out.join('\r\n');
}

function rfc5322Date(date: Date): string {
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${days[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

function mailbox(name: string | undefined, email: string): string {
  return name?.trim() ? `${encodeHeader(/^[\w .-]*$/.test(name) ? name : name.replace(/["\\]/g, ''))} <${email}>` : email;
}

/**
 * An unsent message (X-Unsent: 1 makes Outlook open it as a draft; other clients open it to forward or edit).
 * From is written only when the profile has an email address.
 */
export function toEml(draft: Draft, options: { date: Date; from?: { name?: string; email: string }; to?: string }): string {
  const headers = [
    options.from?.email && `From: ${mailbox(options.from.name, options.from.email)}`,
    options.to && `To: ${options.to}`,
    `Subject: ${encodeHeader(draft.subject)}`,
    `Date: ${rfc5322Date(options.date)}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    `Content-Language: ${draft.lang}`,
    'X-Unsent: 1',
  ].filter(Boolean);
  return `${headers.join('\r\n')}\r\n\r\n${quotedPrintable(draft.body)}\r\n`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Lines set in bold on paper: the subject line and the heading of an English notice. */
export function isEmphasisedLine(line: string): boolean {
  return /^(Objet|Subject|Re)\s?:/.test(line) || /^(LETTER BEFORE CLAIM|NOTICE OF BREACH)$/.test(line);
}

/** Paragraphs are separated by blank lines; line breaks inside a paragraph are kept (address blocks). */
export function paragraphs(body: string): string[][] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.split('\n'))
    .filter((lines) => lines.some((l) => l.trim()));
}

/**
 * A standalone, print-ready page (A4, serif, no script: the extension page that opens it calls print()).
 * `hint` is shown on screen only, e.g. "Print → Save as PDF".
 */
export function toPrintHtml(draft: Draft, options: { hint: string }): string {
  const paras = paragraphs(toPlainText(draft))
    .map((lines) => `<p>${lines.map((l) => (isEmphasisedLine(l) ? `<strong>${escapeHtml(l)}</strong>` : escapeHtml(l))).join('<br>')}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="${draft.lang}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(draft.subject)}</title>
<style>
@page { size: A4; margin: 2.2cm 2cm; }
body { font: 11.5pt/1.45 Georgia, "Times New Roman", serif; color: #111; max-width: 17cm; margin: 2rem auto; padding: 0 1rem; }
p { margin: 0 0 0.9em; white-space: normal; }
.hint { font: 0.9rem system-ui, sans-serif; background: #eef3fb; border: 1px solid #9ab; padding: 0.6rem 0.8rem; border-radius: 4px; }
@media print { .hint { display: none; } body { margin: 0; max-width: none; padding: 0; } }
</style>
</head>
<body>
<p class="hint" role="note">${escapeHtml(options.hint)}</p>
<main>
${paras}
</main>
</body>
</html>
`;
}

/** A file name from the subject: letters, digits and dashes only. */
export function fileName(draft: Draft, extension: string): string {
  const base = draft.subject
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .toLowerCase();
  return `${base || 'vigie'}.${extension}`;
}
