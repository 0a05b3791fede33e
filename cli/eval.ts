/**
 * `npm run eval [-- --json] [-- --data DIR]`: scores the engine on the evaluation sets exactly as
 * ../shared/eval/README.md describes (CLAUDETTE, CUAD, French gold, findings density on balanced English
 * templates and French consumer terms). Scoring helpers are exported for test/cli/eval.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { classify } from '../rules/engine/classify';
import { review } from '../rules/review';
import type { Category, CheckId, Lang, Review, Role } from '../rules/engine/types';

// ─── scoring arithmetic ──────────────────────────────────────────────────────────────────────────────────

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
  /** Labelled positives (tp + fn). */
  support: number;
}

/** Precision, recall and F1; an empty denominator gives 0 (nothing predicted, or nothing to find). */
export function score({ tp, fp, fn }: Counts): Score {
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1, support: tp + fn };
}

/** Per-label counts of a multi-label task. */
export class Tally {
  readonly counts = new Map<string, Counts>();
  /**
   * Labels whose precision is counted on other items than recall (CUAD: recognised clauses vs annotated
   * spans): precision = tp / (tp + fp) of these counts; `fp` in the scores then counts those items.
   */
  readonly precisionOverride = new Map<string, Counts>();

  constructor(labels: readonly string[] = []) {
    for (const label of labels) this.counts.set(label, { tp: 0, fp: 0, fn: 0 });
  }

  private of(label: string): Counts {
    let c = this.counts.get(label);
    if (!c) {
      c = { tp: 0, fp: 0, fn: 0 };
      this.counts.set(label, c);
    }
    return c;
  }

  /** One item judged for one label. */
  add(label: string, predicted: boolean, gold: boolean): void {
    const c = this.of(label);
    if (predicted && gold) c.tp++;
    else if (predicted) c.fp++;
    else if (gold) c.fn++;
  }

  /** One multi-label item: every label of the tally is judged. */
  addSets(predicted: ReadonlySet<string>, gold: ReadonlySet<string>): void {
    for (const label of this.counts.keys()) this.add(label, predicted.has(label), gold.has(label));
  }

  addCounts(label: string, counts: Partial<Counts>): void {
    const c = this.of(label);
    c.tp += counts.tp ?? 0;
    c.fp += counts.fp ?? 0;
    c.fn += counts.fn ?? 0;
  }

  scores(): Map<string, Score> {
    return new Map(
      [...this.counts].map(([label, c]) => {
        const p = this.precisionOverride.get(label);
        if (!p) return [label, score(c)];
        const precision = p.tp + p.fp > 0 ? p.tp / (p.tp + p.fp) : 0;
        const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
        const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
        return [label, { tp: c.tp, fp: p.fp, fn: c.fn, precision, recall, f1, support: c.tp + c.fn }];
      }),
    );
  }
}

/** Unweighted mean of the F1 (and P, R) of the given labels. */
export function macro(scores: ReadonlyMap<string, Score>, labels: readonly string[]) {
  const picked = labels.map((l) => scores.get(l)).filter((s): s is Score => s !== undefined);
  const mean = (f: (s: Score) => number) => (picked.length ? picked.reduce((a, s) => a + f(s), 0) / picked.length : 0);
  return { precision: mean((s) => s.precision), recall: mean((s) => s.recall), f1: mean((s) => s.f1), n: picked.length };
}

export interface Span {
  start: number;
  end: number;
}

/** Half-open spans overlap when they share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Joins units with a separator and returns each unit's span in the joined text. */
export function joinUnits(units: readonly string[], separator: string): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  let pos = 0;
  for (const unit of units) {
    spans.push({ start: pos, end: pos + unit.length });
    pos += unit.length + separator.length;
  }
  return { text: units.join(separator), spans };
}

/**
 * For each span, the labels of the tagged spans overlapping it. Both lists are walked in start order, so a
 * document costs O((units + tagged) log) rather than units × tagged.
 */
export function labelsOverlapping<T extends Span>(units: readonly Span[], tagged: readonly T[], labels: (t: T) => readonly string[]): Set<string>[] {
  const sorted = [...tagged].filter((t) => t.end > t.start).sort((a, b) => a.start - b.start);
  const out = units.map(() => new Set<string>());
  const order = units.map((_, i) => i).sort((a, b) => units[a]!.start - units[b]!.start);
  let first = 0;
  // Tagged spans are sorted by start; `first` skips those ending before the current unit (units are
  // non-overlapping and sorted, so a span ending before this unit ends before every later one too).
  for (const i of order) {
    const unit = units[i]!;
    while (first < sorted.length && sorted[first]!.end <= unit.start && sorted[first]!.start < unit.start) first++;
    for (let k = first; k < sorted.length && sorted[k]!.start < unit.end; k++) {
      const t = sorted[k]!;
      if (overlaps(unit, t)) for (const label of labels(t)) out[i]!.add(label);
    }
  }
  return out;
}

// ─── data sets ───────────────────────────────────────────────────────────────────────────────────────────

const CLAUDETTE_LABELS: Category[] = [
  'liability', 'termination', 'unilateral-change', 'content-removal', 'acceptance', 'governing-law', 'jurisdiction', 'arbitration',
];
const CUAD_LABELS: Category[] = [
  'non-compete', 'non-solicitation', 'exclusivity', 'renewal', 'liability', 'penalty', 'assignment', 'audit', 'insurance',
  'governing-law', 'termination', 'warranty', 'intellectual-property',
];
/** CUAD labels narrower than our categories: recall only (README). */
const CUAD_RECALL_ONLY = new Set<Category>(['termination', 'warranty', 'intellectual-property']);

type Engine = (text: string, lang: Lang, role: Role) => Review;

let runReview: Engine = (text, lang, role) => review(text, { language: lang, role });

/**
 * `--classify-only`: the engine's clauses with the categories of classify() alone, without those the checks'
 * triggers add, to tell which of the two a category error comes from.
 */
const classifyOnly = (engine: Engine): Engine => (text, lang, role) => {
  const r = engine(text, lang, role);
  return { ...r, clauses: r.clauses.map((c) => ({ ...c, categories: classify(text.slice(c.start, c.end), c.lang) })) };
};

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

function nonMissing(r: Review) {
  return r.findings.filter((f) => f.kind !== 'missing');
}

export interface TableResult {
  name: string;
  /** Per label: P, R, F1; `recallOnly` labels have no precision. */
  rows: { label: string; score: Score; recallOnly?: boolean }[];
  macro: { precision: number; recall: number; f1: number; n: number };
  /** Extra headline figures (e.g. macro recall of the recall-only labels). */
  extra?: Record<string, number>;
}

function table(name: string, tally: Tally, labels: readonly string[], recallOnly = new Set<string>(), macroLabels?: readonly string[]): TableResult {
  const scores = tally.scores();
  const rows = labels.map((label) => ({ label, score: scores.get(label) ?? score({ tp: 0, fp: 0, fn: 0 }), recallOnly: recallOnly.has(label) || undefined }));
  return { name, rows, macro: macro(scores, macroLabels ?? labels.filter((l) => !recallOnly.has(l))) };
}

interface ClaudetteUnit {
  i: number;
  text: string;
  categories: Category[];
  unfair: Category[];
}

export function evalClaudette(dir: string, engine: Engine = runReview): TableResult[] {
  const cats = new Tally(CLAUDETTE_LABELS);
  const unfair = new Tally(CLAUDETTE_LABELS);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const units = readJsonl<ClaudetteUnit>(join(dir, file)).sort((a, b) => a.i - b.i);
    const { text, spans } = joinUnits(units.map((u) => u.text), '\n');
    const r = engine(text, 'en', 'client');
    const predicted = labelsOverlapping(spans, r.clauses, (c) => c.categories);
    const flagged = labelsOverlapping(spans, nonMissing(r), (f) => [f.category]);
    units.forEach((u, k) => {
      cats.addSets(predicted[k]!, new Set(u.categories));
      unfair.addSets(flagged[k]!, new Set(u.unfair));
    });
  }
  return [table('CLAUDETTE categories', cats, CLAUDETTE_LABELS), table('CLAUDETTE unfair (findings, role client)', unfair, CLAUDETTE_LABELS)];
}

interface CuadSpan extends Span {
  doc: string;
  category: Category;
  cuad: string;
}

export function evalCuad(dir: string, engine: Engine = runReview): TableResult {
  const spans = readJsonl<CuadSpan>(join(dir, 'spans.jsonl'));
  const byDoc = new Map<string, CuadSpan[]>();
  for (const s of spans) byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), s]);
  // Recall counts annotated spans, precision counts recognised clauses: two tallies, one table.
  const spansFound = new Tally(CUAD_LABELS);
  const clausesHit = new Tally(CUAD_LABELS);
  const wanted = new Set<string>(CUAD_LABELS);
  const docs = readdirSync(join(dir, 'texts')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  for (const doc of docs) {
    const text = readFileSync(join(dir, 'texts', `${doc}.txt`), 'utf8');
    const gold = byDoc.get(doc) ?? [];
    const r = engine(text, 'en', 'provider');
    const found = labelsOverlapping(gold, r.clauses, (c) => c.categories);
    gold.forEach((s, k) => spansFound.add(s.category, found[k]!.has(s.category), true));
    const clauses = r.clauses.filter((c) => c.categories.some((cat) => wanted.has(cat)));
    const hit = labelsOverlapping(clauses, gold, (s) => [s.category]);
    clauses.forEach((c, k) => {
      for (const cat of c.categories) if (wanted.has(cat) && !CUAD_RECALL_ONLY.has(cat)) clausesHit.add(cat, true, hit[k]!.has(cat));
    });
  }
  const tally = new Tally(CUAD_LABELS);
  for (const label of CUAD_LABELS) {
    const recall = spansFound.counts.get(label)!;
    const precision = clausesHit.counts.get(label)!;
    tally.addCounts(label, { tp: recall.tp, fn: recall.fn });
    tally.precisionOverride.set(label, precision);
  }
  const t = table('CUAD aligned categories (per annotated span)', tally, CUAD_LABELS, CUAD_RECALL_ONLY as Set<string>);
  const scores = tally.scores();
  const ro = [...CUAD_RECALL_ONLY].map((c) => scores.get(c)!.recall);
  t.extra = { 'macro recall, recall-only labels': ro.reduce((a, b) => a + b, 0) / ro.length };
  return t;
}

interface GoldLine {
  doc: string;
  i: number;
  text: string;
  categories: Category[];
  risky: { check: string; severity: string; why: string }[];
  role: 'provider' | 'consumer';
}

export function evalFrenchGold(path: string, engine: Engine = runReview): TableResult[] {
  const lines = readJsonl<GoldLine>(path);
  const docs = [...new Set(lines.map((l) => l.doc))];
  const cats = new Tally();
  const labelled = new Map<string, number>();
  const risky = new Tally(['risky']);
  const missing = new Tally();
  for (const doc of docs) {
    const paragraphs = lines.filter((l) => l.doc === doc && l.i >= 0).sort((a, b) => a.i - b.i);
    const absent = lines.find((l) => l.doc === doc && l.i === -1);
    const role = paragraphs[0]!.role;
    const { text, spans } = joinUnits(paragraphs.map((p) => p.text), '\n\n');
    const r = engine(text, 'fr', role === 'provider' ? 'provider' : 'client');
    const predicted = labelsOverlapping(spans, r.clauses, (c) => c.categories);
    paragraphs.forEach((p, k) => {
      for (const c of p.categories) labelled.set(c, (labelled.get(c) ?? 0) + 1);
      const gold = new Set<string>(p.categories);
      for (const c of new Set([...gold, ...predicted[k]!])) cats.add(c, predicted[k]!.has(c), gold.has(c));
      // Other labels seen so far get a true negative or a false negative only through the union above.
    });
    if (role !== 'provider') continue;
    const flagged = labelsOverlapping(spans, nonMissing(r), () => ['risky']);
    paragraphs.forEach((p, k) => risky.add('risky', flagged[k]!.size > 0, p.risky.length > 0));
    const goldMissing = new Set((absent?.risky ?? []).map((x) => x.check));
    const foundMissing = new Set<string>(r.findings.filter((f) => f.kind === 'missing').map((f) => f.check));
    for (const check of new Set([...goldMissing, ...foundMissing])) missing.add(check, foundMissing.has(check), goldMissing.has(check));
  }
  const frequent = [...labelled].filter(([, n]) => n >= 5).map(([c]) => c).sort();
  const all = [...new Set([...labelled.keys(), ...cats.counts.keys()])].sort();
  const catTable = table('French gold categories (macro over categories with ≥5 labelled paragraphs)', cats, all, new Set(), frequent);
  const missingTotal = [...missing.counts.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  const missingTally = new Tally(['missing (doc × check)']);
  missingTally.addCounts('missing (doc × check)', missingTotal);
  return [
    catTable,
    table('French gold risky paragraphs (freelancer docs, role provider)', risky, ['risky']),
    table('French gold missing protections (per document and check)', missingTally, ['missing (doc × check)']),
  ];
}

export interface Density {
  name: string;
  words: number;
  findings: number;
  missing: number;
  per10k: number;
  byCheck: Partial<Record<CheckId, number>>;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.(md|txt)$/.test(name) ? [p] : [];
  });
}

export function evalDensity(name: string, dir: string, lang: Lang, role: Role, engine: Engine = runReview): Density {
  let words = 0;
  let findings = 0;
  let missing = 0;
  const byCheck: Partial<Record<CheckId, number>> = {};
  for (const file of filesUnder(dir)) {
    const text = readFileSync(file, 'utf8');
    words += text.split(/\s+/).filter(Boolean).length;
    const r = engine(text, lang, role);
    for (const f of r.findings) {
      if (f.kind === 'missing') {
        missing++;
        continue;
      }
      findings++;
      byCheck[f.check] = (byCheck[f.check] ?? 0) + 1;
    }
  }
  return { name, words, findings, missing, per10k: words ? (findings * 10000) / words : 0, byCheck };
}

// ─── output ──────────────────────────────────────────────────────────────────────────────────────────────

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

export function formatTable(t: TableResult): string {
  const width = Math.max(22, ...t.rows.map((r) => r.label.length));
  const lines = [`\n${t.name}`, `${'category'.padEnd(width)}     P      R     F1    tp   fp   fn`];
  for (const { label, score: s, recallOnly } of t.rows) {
    const p = recallOnly ? '    —' : pct(s.precision);
    const f = recallOnly ? '    —' : pct(s.f1);
    lines.push(`${label.padEnd(width)}  ${p}  ${pct(s.recall)}  ${f}  ${String(s.tp).padStart(4)} ${recallOnly ? '   —' : String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`);
  }
  lines.push(`${`macro (${t.macro.n})`.padEnd(width)}  ${pct(t.macro.precision)}  ${pct(t.macro.recall)}  ${pct(t.macro.f1)}`);
  for (const [k, v] of Object.entries(t.extra ?? {})) lines.push(`${k}: ${pct(v)}`);
  return lines.join('\n');
}

function formatDensity(d: Density): string {
  const top = Object.entries(d.byCheck).sort((a, b) => b[1] - a[1]).slice(0, 12).map(([c, n]) => `${c} ${n}`).join(', ');
  return `\n${d.name}: ${d.findings} findings (+${d.missing} missing) in ${d.words} words = ${d.per10k.toFixed(1)} per 10,000 words\n  by check: ${top || '—'}`;
}

export function runAll(data: string) {
  const started = performance.now();
  const tables = [
    ...evalClaudette(join(data, 'claudette')),
    evalCuad(join(data, 'cuad')),
    ...evalFrenchGold(join(data, 'gold', 'fr-dev.jsonl')),
  ];
  const density = [
    evalDensity('Balanced English templates (role provider)', join(data, 'en', 'templates'), 'en', 'provider'),
    evalDensity('French consumer terms (role client)', join(data, 'fr', 'terms'), 'fr', 'client'),
  ];
  return { tables, density, seconds: (performance.now() - started) / 1000 };
}

function main(argv: string[]) {
  const dataAt = argv.indexOf('--data');
  const data = dataAt >= 0 ? argv[dataAt + 1]! : join(process.cwd(), '..', 'shared', 'eval');
  if (argv.includes('--classify-only')) runReview = classifyOnly(runReview);
  const result = runAll(data);
  if (argv.includes('--json')) {
    const compact = (t: TableResult) => ({
      name: t.name,
      macro: t.macro,
      extra: t.extra,
      categories: Object.fromEntries(t.rows.map((r) => [r.label, { precision: r.recallOnly ? null : r.score.precision, recall: r.score.recall, f1: r.recallOnly ? null : r.score.f1, tp: r.score.tp, fp: r.score.fp, fn: r.score.fn }])),
    });
    process.stdout.write(`${JSON.stringify({ tables: result.tables.map(compact), density: result.density, seconds: result.seconds }, null, 2)}\n`);
    return;
  }
  for (const t of result.tables) process.stdout.write(`${formatTable(t)}\n`);
  for (const d of result.density) process.stdout.write(`${formatDensity(d)}\n`);
  process.stdout.write(`\n(${result.seconds.toFixed(1)} s)\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
