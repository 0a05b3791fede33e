/**
 * Clause typing: which TAXONOMY.md categories a unit (sentence or list item) belongs to.
 * The patterns are data (categories.ts); here they are compiled once per language into a single alternation
 * with one capturing group per category, so a unit is scanned in one pass whatever the number of categories
 * (this runs on every sentence of 1,000-page documents).
 */
import { CATEGORY_PATTERNS } from './categories';
import { CATEGORIES, type Category, type Lang } from './types';

interface Compiled {
  /** All categories of the language, one capturing group each, in `order`. */
  scan: RegExp;
  order: Category[];
  unless: Map<Category, RegExp>;
}

const compiled = new Map<Lang, Compiled>();

function compile(lang: Lang): Compiled {
  const entries = CATEGORY_PATTERNS.filter((entry) => entry[lang].length > 0);
  const scan = new RegExp(entries.map((entry) => `(${entry[lang].join('|')})`).join('|'), 'gi');
  // A capturing group inside a pattern would shift the group → category mapping.
  const groups = new RegExp(`${scan.source}|`).exec('')!.length - 1;
  if (groups !== entries.length) throw new Error(`category patterns (${lang}) must use (?:…) groups only`);
  const unless = new Map<Category, RegExp>();
  for (const entry of entries) {
    const list = entry.unless?.[lang];
    if (list?.length) unless.set(entry.id, new RegExp(list.join('|'), 'i'));
  }
  return { scan, order: entries.map((entry) => entry.id), unless };
}

function compiledFor(lang: Lang): Compiled {
  let c = compiled.get(lang);
  if (!c) {
    c = compile(lang);
    compiled.set(lang, c);
  }
  return c;
}

/** Categories of one unit of normalised text, in TAXONOMY order. */
export function classify(text: string, lang: Lang): Category[] {
  const { scan, order, unless } = compiledFor(lang);
  const found = new Set<Category>();
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        found.add(order[g - 1]!);
        break;
      }
    }
    if (found.size === order.length) break;
  }
  if (found.size === 0) return [];
  const out: Category[] = [];
  for (const category of CATEGORIES) {
    if (!found.has(category)) continue;
    const veto = unless.get(category);
    if (veto && veto.test(text)) continue;
    out.push(category);
  }
  return out;
}
