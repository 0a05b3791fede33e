/**
 * Text assembly from pdf.js text content (hosts/pdf-text.ts), on the generated fixtures read by the real
 * pdf.js legacy build under Node: reading order, line joins, hyphenation, page breaks, ligatures, furniture,
 * and the way back from document offsets to text items.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractText, layoutPage, TextAssembler, type TextItemLike } from '../../hosts/pdf-text';
import * as fixtures from '../fixtures/pdf/make';
import { legacyPdfjs } from '../../cli/pdf-node';

type PdfJs = typeof import('pdfjs-dist');
let pdfjs: PdfJs;
beforeAll(async () => {
  pdfjs = (await legacyPdfjs()) as unknown as PdfJs;
});

async function open(bytes: Uint8Array, password?: string) {
  // pdf.js transfers (detaches) the buffer it is given: pass a copy.
  const task = pdfjs.getDocument({ data: bytes.slice(), password, verbosity: 0 });
  const items: (readonly TextItemLike[])[] = [];
  try {
    const text = await extractText(await task.promise, (page) => void items.push(page.items.filter((i) => i.str !== undefined)));
    return { text, items };
  } finally {
    await task.destroy();
  }
}

/** Every piece of the document text is exactly the item substring it claims to come from. */
function expectPiecesExact(t: TextAssembler, items: (readonly TextItemLike[])[]) {
  for (const p of t.pieces) {
    const str = items[p.page]![p.item]!.str!;
    expect(t.text.slice(p.start, p.start + p.length)).toBe(str.slice(p.itemStart, p.itemStart + p.length));
  }
}

/** The item substrings covering [start, end), concatenated. */
function located(t: TextAssembler, items: (readonly TextItemLike[])[], start: number, end: number): string {
  return t
    .locate(start, end)
    .map((r) => items[r.page]![r.item]!.str!.slice(r.from, r.to))
    .join('');
}

const expectedContract = [fixtures.TITLE, ...fixtures.CONTRACT.flatMap((a) => [a.heading, a.body])].join('\n');

describe('extractText on generated PDFs', () => {
  it('one column: headings on their own line, wrapped lines joined, page number left out', async () => {
    const { text, items } = await open(await fixtures.oneColumn());
    expect(text.text).toBe(expectedContract);
    expect(text.text).not.toMatch(/Page 1/);
    expect(text.pages).toEqual([{ start: 0, end: text.text.length }]);
    expectPiecesExact(text, items);
  });

  it('two columns drawn interleaved: read left column then right column', async () => {
    const { text, items } = await open(await fixtures.twoColumns());
    expect(text.text).toBe(expectedContract);
    expectPiecesExact(text, items);
  });

  it('a word hyphenated across lines is glued back; a compound keeps its hyphen', async () => {
    const { text, items } = await open(await fixtures.hyphenated());
    expect(text.text).toContain("le Prestataire s'interdit d'exercer");
    expect(text.text).toContain('au sous-traitant éventuel');
    expect(text.text).not.toContain('inter-');
    const at = text.text.indexOf('interdit');
    const ranges = text.locate(at, at + 'interdit'.length);
    // "inter" on one line (the hyphen left out) and "dit" on the next: two items.
    expect(ranges.map((r) => items[0]![r.item]!.str!.slice(r.from, r.to))).toEqual(['inter', 'dit']);
    expect(ranges[0]!.item).not.toBe(ranges[1]!.item);
    expectPiecesExact(text, items);
  });

  it('a clause cut by a page break reads as one sentence and maps to both pages', async () => {
    const { text, items } = await open(await fixtures.pageBreak());
    expect(text.text).toContain(fixtures.CLAUSES.nonCompete);
    expect(text.text).not.toMatch(/Page \d\/2/);
    const start = text.text.indexOf(fixtures.CLAUSES.nonCompete);
    const end = start + fixtures.CLAUSES.nonCompete.length;
    const ranges = text.locate(start, end);
    expect(new Set(ranges.map((r) => r.page))).toEqual(new Set([0, 1]));
    expect(located(text, items, start, end).replace(/\s+/g, '')).toBe(fixtures.CLAUSES.nonCompete.replace(/\s+/g, ''));
    expect(text.pages).toHaveLength(2);
    expect(text.pageAt(start)).toBe(0);
    expect(text.pageAt(end - 1)).toBe(1);
    expect(text.pages[1]!.start).toBeGreaterThan(start);
    expectPiecesExact(text, items);
  });

  it('ligature glyphs (ﬁ, ﬂ) read as plain letters', async () => {
    const { text, items } = await open(await fixtures.ligatures());
    expect(text.text).toContain('strictement confidentielles toutes les informations');
    expect(text.text).toContain('afin de protéger');
    expect(text.text).toContain('les flux de données');
    expect(text.text).not.toMatch(/[\uFB00-\uFB06]/);
    expectPiecesExact(text, items);
  });

  it('image-only pages give no text at all (the viewer says "scanned?", never "0 points")', async () => {
    const { text } = await open(await fixtures.scanned());
    expect(text.text).toBe('');
    expect(text.pages).toEqual([
      { start: 0, end: 0 },
      { start: 0, end: 0 },
    ]);
  });

  it('a scanned page in a text document has an empty range', async () => {
    const { text } = await open(await fixtures.mixedScan());
    expect(text.text).toBe(expectedContract);
    expect(text.pages[1]).toEqual({ start: text.text.length, end: text.text.length });
  });

  it('encrypted: PasswordException without the password, text with it', async () => {
    await expect(open(fixtures.encrypted())).rejects.toMatchObject({ name: 'PasswordException' });
    await expect(open(fixtures.encrypted(), 'wrong')).rejects.toMatchObject({ name: 'PasswordException' });
    const { text } = await open(fixtures.encrypted(), fixtures.PASSWORD);
    expect(text.text).toContain(fixtures.CLAUSES.nonCompete);
  });

  it('damaged and non-PDF files are rejected as invalid PDFs', async () => {
    await expect(open(await fixtures.damaged())).rejects.toMatchObject({ name: 'InvalidPDFException' });
    await expect(open(fixtures.notAPdf())).rejects.toMatchObject({ name: 'InvalidPDFException' });
  });

  it('the sample contracts read the same as their .txt, line for line', async () => {
    for (const name of ['fr-unbalanced', 'en-unbalanced']) {
      const { text, items } = await open(new Uint8Array(readFileSync(`examples/${name}.pdf`)));
      const source = readFileSync(`examples/${name}.txt`, 'utf8');
      const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
      expect(norm(text.text)).toBe(norm(source));
      const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);
      expect(lines(text.text).length).toBe(lines(source).length);
      expectPiecesExact(text, items);
    }
  });

  it('reports each page as it arrives, in order', async () => {
    const task = pdfjs.getDocument({ data: await fixtures.longDocument(5), verbosity: 0 });
    const doc = await task.promise;
    const seen: number[] = [];
    const t = await extractText(doc, (page, assembler) => {
      seen.push(page.index);
      expect(assembler.text.length).toBe(page.range.end);
    });
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(t.text).not.toMatch(/Page \d+\/5/);
    expect(t.text.match(/ARTICLE \d+ – NON-CONCURRENCE/g)?.length).toBeGreaterThan(4);
    await task.destroy();
  });

  it('stops when its signal aborts', async () => {
    const task = pdfjs.getDocument({ data: await fixtures.longDocument(3), verbosity: 0 });
    const doc = await task.promise;
    const controller = new AbortController();
    await expect(extractText(doc, () => controller.abort(), controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    await task.destroy();
  });
});

/** Synthetic items: [str, x, y, width] with a 10pt font. */
const item = (str: string, x: number, y: number, width = str.length * 5, hasEOL = false): TextItemLike => ({
  str,
  transform: [10, 0, 0, 10, x, y],
  width,
  height: 10,
  hasEOL,
});

describe('layout rules', () => {
  it('joins wrapped lines with a space and ends a paragraph after a short line', () => {
    const t = new TextAssembler();
    t.addPage([
      item('Le Prestataire exécute la mission avec', 50, 700, 400),
      item('diligence. Il rend compte au Client.', 50, 686, 250),
      item('Le Client paie à trente jours.', 50, 672, 200),
    ], 600);
    expect(t.text).toBe('Le Prestataire exécute la mission avec diligence. Il rend compte au Client.\nLe Client paie à trente jours.');
  });

  it('inserts a space between items drawn apart on one line, and none between touching items', () => {
    const t = new TextAssembler();
    t.addPage([item('non', 50, 700, 15), item('-concurrence', 65, 700, 60), item('totale', 140, 700, 30)], 600);
    expect(t.text).toBe('non-concurrence totale');
    expect(t.locate(0, t.text.length).map((r) => r.item)).toEqual([0, 1, 2]);
  });

  it('a word hyphenated across a page break is glued back, and page ranges stay within the text', () => {
    const t = new TextAssembler();
    t.addPage([item('Le Prestataire s\'engage à une obligation de confi-', 50, 700, 400)], 600);
    t.addPage([item('dentialité stricte envers le Client.', 50, 800, 400)], 600);
    expect(t.text).toBe("Le Prestataire s'engage à une obligation de confidentialité stricte envers le Client.");
    expect(t.pages[0]!.end).toBe(t.text.indexOf('dentialité'));
    expect(t.pages[1]).toEqual({ start: t.text.indexOf('dentialité'), end: t.text.length });
  });

  it('a soft hyphen at a line end always disappears', () => {
    const t = new TextAssembler();
    t.addPage([item('la sous\u00AD', 50, 700, 400), item('traitance du lot', 50, 686, 400)], 600);
    expect(t.text).toBe('la soustraitance du lot');
  });

  it('drops a running header repeated on every page', () => {
    const t = new TextAssembler();
    const page = (n: number, body: string) => [item(`Contrat Alpha – version ${n}`, 50, 800, 200), item(body, 50, 700, 400), item(body, 50, 686, 400)];
    t.addPage(page(1, 'Le Prestataire exécute la mission avec'), 600);
    t.addPage(page(2, 'Le Prestataire exécute la mission avec'), 600);
    expect(t.text.match(/Contrat Alpha/g)).toHaveLength(1);
  });

  it('keeps a label/value table in row order (not mistaken for two columns)', () => {
    const rows = ['Durée', 'Prix', 'Paiement', 'Préavis', 'Lieu', 'Horaires'];
    const items = rows.flatMap((label, i) => [item(label, 50, 700 - i * 14, 40), item(`valeur ${i}`, 350, 700 - i * 14, 40, true)]);
    const layout = layoutPage(items, 600);
    expect(layout.lines.map((l) => l.text).slice(0, 2)).toEqual(['Durée valeur 0', 'Prix valeur 1']);
  });
});
