/** pdf.js under Node 20 for the command line: the legacy build plus a Promise.withResolvers polyfill. */
import { InputError } from './read';
import { extractText } from '../hosts/pdf-text';

function polyfillWithResolvers(): void {
  const P = Promise as unknown as { withResolvers?: unknown };
  if (typeof P.withResolvers === 'function') return;
  P.withResolvers = function withResolvers<T>() {
    let resolve!: (value: T) => void;
    let reject!: (reason?: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

/** pdf.js' legacy build, usable under Node 20 (CLI, bench, tests). */
export async function legacyPdfjs() {
  polyfillWithResolvers();
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

export async function loadPdfText(path: string, data: Uint8Array): Promise<string> {
  const pdfjs = await legacyPdfjs();
  const task = pdfjs.getDocument({ data, disableFontFace: true, verbosity: 0 });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new InputError(`${path}: this PDF is password-protected: open it in Vigie's viewer to enter the password`);
    if (name === 'InvalidPDFException') throw new InputError(`${path}: not a valid PDF file (damaged or another format)`);
    throw new InputError(`${path}: the PDF cannot be read (${(error as Error).message})`);
  }
  try {
    return (await extractText(doc)).text;
  } finally {
    await task.destroy();
  }
}
