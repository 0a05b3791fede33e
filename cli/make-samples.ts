/**
 * `npm run samples`: writes examples/<name>.pdf and examples/<name>.html from each examples/<name>.txt, so the
 * same contract can be reviewed as text, as a web page and as a PDF. The outputs are committed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';

const DIR = fileURLToPath(new URL('../examples/', import.meta.url));
const PAGE = { width: 595.28, height: 841.89, margin: 64 };
const SIZE = 10.5;
const LEADING = 14.5;

function wrap(paragraph: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/ +/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  lines.push(line);
  return lines;
}

const isHeading = (line: string) => /^(ARTICLE|[0-9]+\.\s+[A-Z]|[A-ZÉÈÀ' ]{6,}$)/.test(line) && line === line.toUpperCase();

async function toPdf(title: string, text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setProducer('Vigie samples');
  // Fixed dates keep the committed files byte-stable across runs.
  pdf.setCreationDate(new Date('2026-11-28T00:00:00Z'));
  pdf.setModificationDate(new Date('2026-11-28T00:00:00Z'));
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const width = PAGE.width - 2 * PAGE.margin;
  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  for (const paragraph of text.split('\n')) {
    const font = isHeading(paragraph.trim()) ? bold : regular;
    const lines = paragraph.trim() ? wrap(paragraph.trim(), font, SIZE, width) : [''];
    for (const line of lines) {
      if (y < PAGE.margin) {
        page = pdf.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - PAGE.margin;
      }
      if (line) page.drawText(line, { x: PAGE.margin, y, size: SIZE, font });
      y -= paragraph.trim() ? LEADING : LEADING * 0.6;
    }
  }
  return pdf.save({ useObjectStreams: false });
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function toHtml(title: string, text: string, lang: string): string {
  const blocks = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line, i) => (i === 0 ? `<h1>${escapeHtml(line)}</h1>` : isHeading(line) ? `<h2>${escapeHtml(line)}</h2>` : `<p>${escapeHtml(line)}</p>`));
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>body{font:16px/1.55 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}h1{font-size:1.5rem}h2{font-size:1.05rem;margin-top:1.6rem}</style>
</head>
<body>
<main>
${blocks.join('\n')}
</main>
</body>
</html>
`;
}

for (const file of readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()) {
  const name = file.replace(/\.txt$/, '');
  const text = readFileSync(DIR + file, 'utf8');
  const title = text.split('\n')[0]!.trim();
  writeFileSync(`${DIR}${name}.pdf`, await toPdf(title, text));
  writeFileSync(`${DIR}${name}.html`, toHtml(title, text, name.startsWith('fr') ? 'fr' : 'en'));
  console.log(`examples/${name}.pdf, examples/${name}.html`);
}
