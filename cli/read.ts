/** Reads a contract file into text for the command line: .txt, .md, .html, .pdf (pdf.js) and .docx (mammoth). */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { htmlToText } from './html-text';

/** A file that cannot be reviewed; the message is one line for stderr. */
export class InputError extends Error {}

export const SUPPORTED = ['.txt', '.md', '.html', '.htm', '.pdf', '.docx'] as const;

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    if (code === 'EISDIR') throw new InputError(`${path}: is a directory, not a file`);
    throw new InputError(`${path}: cannot be read (${code ?? (error as Error).message})`);
  }
}

function decodeUtf8(path: string, bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Old Windows exports are often Latin-1/Windows-1252.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

async function readPdf(path: string, bytes: Buffer): Promise<string> {
  const { loadPdfText } = await import('./pdf-node');
  return loadPdfText(path, new Uint8Array(bytes));
}

async function readDocx(path: string, bytes: Buffer): Promise<string> {
  const mammoth = await import('mammoth');
  try {
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    return value;
  } catch (error) {
    throw new InputError(`${path}: not a readable .docx file (${(error as Error).message.split('\n')[0]})`);
  }
}

/** The text of a file, or an InputError saying why there is none. */
export async function readDocument(path: string): Promise<string> {
  const type = extname(path).toLowerCase();
  if (!(SUPPORTED as readonly string[]).includes(type)) {
    throw new InputError(`${path}: unsupported file type "${type || 'none'}" (supported: ${SUPPORTED.join(' ')})`);
  }
  const bytes = await readBytes(path);
  let text: string;
  if (type === '.pdf') text = await readPdf(path, bytes);
  else if (type === '.docx') text = await readDocx(path, bytes);
  else if (type === '.html' || type === '.htm') text = htmlToText(decodeUtf8(path, bytes));
  else text = decodeUtf8(path, bytes);
  if (!text.trim()) {
    throw new InputError(
      type === '.pdf'
        ? `${path}: this PDF has no text layer (a scanned document?): nothing to review`
        : `${path}: the file is empty: nothing to review`,
    );
  }
  return text;
}
