import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../cli/html-text';

describe('htmlToText', () => {
  it('keeps blocks as lines, drops scripts, styles and comments, decodes entities', () => {
    const html = `<html><head><title>x</title><style>p{color:red}</style></head><body>
      <h2>ARTICLE 9 &ndash; NON-CONCURRENCE</h2><!-- note -->
      <p>Le Prestataire s&#39;interdit&nbsp;: <b>toute</b> activit&eacute; concurrente.</p>
      <script>var a = "<p>not text</p>";</script><ul><li>un</li><li>deux &amp; trois</li></ul></body></html>`;
    expect(htmlToText(html)).toBe(
      "ARTICLE 9 – NON-CONCURRENCE\n\nLe Prestataire s'interdit\u00a0: toute activité concurrente.\n\nun\n\ndeux & trois",
    );
  });

  it('leaves unknown entities and plain text alone', () => {
    expect(htmlToText('a &bogus; b &#x1F600;')).toBe('a &bogus; b 😀');
  });
});
