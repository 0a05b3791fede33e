// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readDomText } from '../../hosts/dom-text';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('readDomText', () => {
  it('gives block elements their own lines and collapses source whitespace', () => {
    const dom = readDomText(page(`<h1>Contrat  de
      prestation</h1><p>Article 1.   Objet</p><ul><li>un</li><li>deux <b>gras</b> fin</li></ul>`));
    expect(dom.text).toBe('Contrat de prestation\nArticle 1. Objet\nun\ndeux gras fin');
  });

  it('skips scripts, hidden elements and page chrome, keeps article headers', () => {
    const dom = readDomText(page(`
      <header>Site menu</header><nav>Home | About</nav>
      <main><article><header>Article 9 - Non-concurrence</header><p>Visible clause.</p>
      <p hidden>hidden attr</p><p aria-hidden="true">aria hidden</p><p style="display:none">none</p>
      <p style="visibility:hidden">invisible <span style="visibility:visible">but this</span></p>
      <script>var x = 1;</script><style>p{}</style><noscript>noscript</noscript><template>tpl</template>
      <div role="navigation">role nav</div><div role="banner">role banner</div></article></main>
      <aside>Related</aside><footer>Copyright</footer>`));
    expect(dom.text).toBe('Article 9 - Non-concurrence\nVisible clause.\nbut this');
  });

  it('maps offsets back to the DOM (locate and pieces)', () => {
    const body = page('<p>Le Prestataire  s’interdit <em>toute</em> concurrence.</p><p>Second paragraphe.</p>');
    const dom = readDomText(body);
    const start = dom.text.indexOf('s’interdit');
    const end = dom.text.indexOf('concurrence') + 'concurrence'.length;
    const range = dom.locate(start, end)!;
    expect(range.toString()).toBe('s’interdit toute concurrence');
    const pieces = dom.pieces(start, end);
    expect(pieces.map((p) => p.node.data.slice(p.from, p.to))).toEqual(['s’interdit ', 'toute', ' concurrence']);
    const second = dom.text.indexOf('Second');
    expect(dom.locate(second, second + 6)!.toString()).toBe('Second');
    // the synthetic line break maps to nothing: a range over it spans the two paragraphs' text only
    expect(dom.locate(second - 2, second + 6)!.toString()).toBe('.Second');
  });

  it('keeps whitespace under white-space: pre and breaks lines on <br>', () => {
    const dom = readDomText(page('<pre>a  b\nc</pre><p>one<br>two</p>'));
    expect(dom.text).toBe('a  b\nc\none\ntwo');
  });

  it('separates table cells with tabs and rows with line breaks', () => {
    const dom = readDomText(page('<table><tr><td>Prix</td><td>1 000 €</td></tr><tr><td>Délai</td><td>60 jours</td></tr></table>'));
    expect(dom.text).toBe('Prix\t1 000 €\nDélai\t60 jours');
  });

  it('slices a part with offsets starting again at 0', () => {
    const dom = readDomText(page('<p>Alpha beta gamma.</p>'));
    const part = dom.slice(6, 16);
    expect(part.text).toBe('beta gamma');
    expect(part.locate(5, 10)!.toString()).toBe('gamma');
  });

  it('reads a textarea holding a document as a block of its own, short form fields not', () => {
    const clause = 'Article 5. Le Client peut résilier le contrat à tout moment sans préavis ni indemnité. '.repeat(3);
    document.body.innerHTML = '<p>Avant</p><textarea id="t"></textarea><input value="Jean Dupont"><textarea id="short">Nom</textarea><p>Après</p>';
    (document.getElementById('t') as HTMLTextAreaElement).value = clause;
    const dom = readDomText(document.body);
    expect(dom.text).toBe(`Avant\n${clause}\nAprès`);
    const at = dom.text.indexOf('sans préavis');
    const [piece] = dom.fieldPieces(at, at + 12);
    expect(piece!.field.id).toBe('t');
    expect(piece!.field.value.slice(piece!.from, piece!.to)).toBe('sans préavis');
    expect(dom.pieces(at, at + 12)).toEqual([]); // no DOM node to mark in there
  });
});
