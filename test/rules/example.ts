/** Parses a rule example: the expected finding's quote is marked with ⟦ and ⟧. */
export interface ParsedExample {
  text: string;
  /** The marked span in `text`, or null when the example has no marker (absence checks). */
  span: { start: number; end: number } | null;
}

export function parseExample(example: string): ParsedExample {
  const open = example.indexOf('⟦');
  const close = example.indexOf('⟧');
  if (open < 0 && close < 0) return { text: example, span: null };
  if (open < 0 || close < open || example.indexOf('⟦', open + 1) >= 0 || example.indexOf('⟧', close + 1) >= 0) {
    throw new Error(`Example needs exactly one ⟦…⟧ pair: ${example.slice(0, 80)}`);
  }
  const text = example.slice(0, open) + example.slice(open + 1, close) + example.slice(close + 1);
  return { text, span: { start: open, end: close - 1 } };
}
