/**
 * Browser side of the exports (the text itself comes from drafting/): downloads through an <a download>,
 * the print page in a new tab, the clipboard. Nothing leaves the machine; mailto hands the text to the
 * user's own mail client.
 */
import { toEml, toPlainText, toPrintHtml, fileName } from '../../drafting/export';
import type { Draft } from '../../drafting/types';
import type { Profile } from '../../lib/storage';

export type ExportFormat = 'eml' | 'txt' | 'docx';

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL by now; a minute is ample before releasing it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function exportDraft(draft: Draft, format: ExportFormat, profile: Profile): Promise<string> {
  const name = fileName(draft, format);
  if (format === 'txt') download(new Blob([toPlainText(draft)], { type: 'text/plain;charset=utf-8' }), name);
  if (format === 'eml') {
    const from = profile.email.trim() ? { name: profile.name, email: profile.email.trim() } : undefined;
    download(new Blob([toEml(draft, { date: new Date(), from })], { type: 'message/rfc822' }), name);
  }
  if (format === 'docx') {
    // The docx library is large: load it only when a Word file is asked for.
    const { docxBlob } = await import('../../drafting/docx');
    download(await docxBlob(draft), name);
  }
  return name;
}

export function copyDraft(draft: Draft): Promise<void> {
  return navigator.clipboard.writeText(toPlainText(draft));
}

/** Opens the print-ready page in a new tab and asks the browser to print it (the user picks "Save as PDF"). */
export function openPrintPage(draft: Draft, hint: string): boolean {
  const url = URL.createObjectURL(new Blob([toPrintHtml(draft, { hint })], { type: 'text/html' }));
  const page = window.open(url, '_blank');
  if (!page) return false;
  // Same-origin blob page: the opener may call print() on it, then release the URL.
  page.addEventListener(
    'load',
    () => {
      page.print();
      URL.revokeObjectURL(url);
    },
    { once: true },
  );
  return true;
}
