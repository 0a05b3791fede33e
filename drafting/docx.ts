/**
 * .docx export with the `docx` package. Kept apart from export.ts so the side panel loads the library only
 * when the user asks for a Word file.
 */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { isEmphasisedLine, paragraphs, toPlainText } from './export';
import type { Draft } from './types';

function buildDocx(draft: Draft): Document {
  const children = paragraphs(toPlainText(draft)).map(
    (lines) =>
      new Paragraph({
        spacing: { after: 200 },
        children: lines.map(
          (line, i) =>
            new TextRun({
              text: line,
              break: i > 0 ? 1 : undefined,
              bold: isEmphasisedLine(line),
            }),
        ),
      }),
  );
  return new Document({
    creator: 'Vigie',
    title: draft.subject,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children }],
  });
}

export function docxBlob(draft: Draft): Promise<Blob> {
  return Packer.toBlob(buildDocx(draft));
}

export function docxBuffer(draft: Draft): Promise<Buffer> {
  return Packer.toBuffer(buildDocx(draft));
}
