// @vitest-environment happy-dom
/**
 * The PDF host (hosts/pdf.ts): engine offsets → marks in the text-layer spans of the rendered pages, across
 * items, lines and a page break; pages rendered later get their marks; jumps bring the page in first.
 */
import { describe, expect, it, vi } from 'vitest';
import { PdfHost } from '../../hosts/pdf';
import { TextAssembler, type TextItemLike } from '../../hosts/pdf-text';
import type { HostEnv } from '../../hosts/types';
import type { Finding } from '../../rules/engine/types';

const item = (str: string, x: number, y: number, width: number): TextItemLike => ({ str, transform: [10, 0, 0, 10, x, y], width, height: 10, hasEOL: false });

// Page 1 ends mid-clause ("s'inter-" hyphenated at the line end); page 2 finishes it.
const PAGES: TextItemLike[][] = [
  [item('ARTICLE 5 – NON-CONCURRENCE', 50, 760, 180), item('Pendant vingt-quatre mois, le Prestataire s\'inter-', 50, 746, 480)],
  [item('dit toute activité concurrente ', 50, 760, 200), item('sur le territoire.', 250, 760, 100), item('ARTICLE 6 – PRIX', 50, 740, 100)],
];

function setup() {
  const assembler = new TextAssembler();
  for (const items of PAGES) assembler.addPage(items, 600);
  const layers = PAGES.map((items, p) => {
    const div = document.createElement('div');
    div.className = 'textLayer';
    div.dataset.page = String(p);
    const spans = items.map((it) => {
      const span = document.createElement('span');
      span.textContent = it.str!;
      div.append(span);
      return span;
    });
    document.body.append(div);
    return spans;
  });
  const env: HostEnv = {
    t: (key) => key,
    dismiss: vi.fn(),
    openPanel: vi.fn(async () => true),
    openViewer: vi.fn(async () => undefined),
    fetchExport: vi.fn(),
  };
  const ensurePage = vi.fn(async (index: number) => void host.pageRendered(index, layers[index]!));
  const host = new PdfHost(window, env, assembler, { ensurePage });
  return { assembler, layers, host, ensurePage };
}

function finding(text: string, quote: string, id: string): Finding {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`no ${quote}`);
  return {
    check: 'NC-01', category: 'non-compete', severity: 'high', kind: 'risky', illegal: false, start, end: start + quote.length,
    quote, location: '', params: {}, title: 'Non-concurrence', explanation: '', basis: '', suggestion: '', id, dismissed: false,
  };
}

const marksOf = (id: string) => Array.from(document.querySelectorAll<HTMLElement>(`mark.vigie-mark[data-vigie-id="${id}"]`));

describe('PdfHost', () => {
  it('marks a clause across spans and a page break, page by page as they render', () => {
    document.body.replaceChildren();
    const { assembler, layers, host } = setup();
    expect(assembler.text).toContain("le Prestataire s'interdit toute activité concurrente sur le territoire.");
    const clause = finding(assembler.text, "Pendant vingt-quatre mois, le Prestataire s'interdit toute activité concurrente sur le territoire.", 'nc');
    host.pageRendered(0, layers[0]!);
    expect(host.highlight([clause])).toBe(1);
    // Only page 1 is rendered: its part of the clause, without the hyphen the text left out.
    expect(marksOf('nc').map((m) => m.textContent).join('|')).toBe("Pendant vingt-quatre mois, le Prestataire s'inter");
    host.pageRendered(1, layers[1]!);
    expect(marksOf('nc').map((m) => m.textContent).join('|')).toBe(
      "Pendant vingt-quatre mois, le Prestataire s'inter|dit toute activité concurrente |sur le territoire.",
    );
    expect(marksOf('nc').map((m) => m.closest('.textLayer')!.getAttribute('data-page'))).toEqual(['0', '1', '1']);
    expect(marksOf('nc')[0]!.classList.contains('vigie-high')).toBe(true);
    // Clearing gives the spans back their exact text.
    host.highlight([]);
    expect(layers[0]!.map((s) => s.innerHTML)).toEqual(PAGES[0]!.map((i) => i.str));
    host.destroy();
  });

  it('scrollTo and keyboard steps bring the finding\'s page in first', async () => {
    document.body.replaceChildren();
    const { assembler, layers, host, ensurePage } = setup();
    const first = finding(assembler.text, 'ARTICLE 5 – NON-CONCURRENCE', 'a');
    const second = finding(assembler.text, 'ARTICLE 6 – PRIX', 'b');
    host.pageRendered(0, layers[0]!);
    host.highlight([first, second]);
    expect(marksOf('b')).toHaveLength(0);
    expect(await host.scrollTo(second)).toBe(true);
    expect(ensurePage).toHaveBeenLastCalledWith(1);
    expect(marksOf('b')).toHaveLength(1);
    await host.step(1);
    expect(document.activeElement).toBe(marksOf('a')[0]);
    await host.step(1);
    expect(document.activeElement).toBe(marksOf('b')[0]);
    await host.step(1); // wraps around
    expect(document.activeElement).toBe(marksOf('a')[0]);
    expect(await host.scrollTo({ ...second, id: 'unknown' })).toBe(false);
    host.destroy();
  });
});
