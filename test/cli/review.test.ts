/** The command line as a user runs it: real files, real exit codes, stdout and stderr. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph } from 'docx';
import { PDFDocument, rgb } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Review } from '../../rules/engine/types';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const tmp = mkdtempSync(join(tmpdir(), 'vigie-cli-'));

function run(...args: string[]) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [tsx, 'cli/review.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status, stdout, stderr };
}

const reviews = (stdout: string): Review[] =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Review);

beforeAll(async () => {
  writeFileSync(join(tmp, 'empty.txt'), '  \n');
  writeFileSync(join(tmp, 'notes.xyz'), 'hello');
  const scanned = await PDFDocument.create();
  scanned.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600, color: rgb(0.8, 0.8, 0.8) });
  writeFileSync(join(tmp, 'scanned.pdf'), await scanned.save());
  writeFileSync(join(tmp, 'damaged.pdf'), '%PDF-1.7\nthis is not really a pdf');
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('ARTICLE 9 – NON-CONCURRENCE'),
          new Paragraph(
            "Le Prestataire s'interdit d'exercer toute activité concurrente sur le territoire de l'Union européenne pendant vingt-quatre (24) mois à compter de la fin du contrat.",
          ),
        ],
      },
    ],
  });
  writeFileSync(join(tmp, 'clause.docx'), await Packer.toBuffer(doc));
}, 60_000);

describe('npm run review', { timeout: 60_000 }, () => {
  it('prints one Review per file, one per line, in the order of the files', () => {
    const { status, stdout, stderr } = run('--json', 'examples/en-balanced.txt', 'examples/fr-unbalanced.txt');
    expect(stderr).toBe('');
    expect(status, stderr).toBe(0);
    const [en, fr] = reviews(stdout);
    expect(en!.language).toBe('en');
    expect(fr!.language).toBe('fr');
    expect(fr!.schemaVersion).toBe(1);
    const text = readFileSync(join(root, 'examples/fr-unbalanced.txt'), 'utf8');
    for (const f of fr!.findings.filter((x) => x.kind !== 'missing')) expect(text.slice(f.start, f.end)).toBe(f.quote);
  });

  it('finds at least 15 unbalanced points in the French sample and at most 3 in each balanced one', () => {
    const { stdout } = run('--json', ...['fr-unbalanced', 'fr-balanced', 'en-unbalanced', 'en-balanced'].map((n) => `examples/${n}.txt`));
    const [frBad, frGood, enBad, enGood] = reviews(stdout);
    expect(frBad!.imbalance.count).toBeGreaterThanOrEqual(15);
    expect(enBad!.imbalance.count).toBeGreaterThanOrEqual(15);
    expect(frGood!.imbalance.count).toBeLessThanOrEqual(3);
    expect(enGood!.imbalance.count).toBeLessThanOrEqual(3);
    const checks = new Set(frBad!.findings.map((f) => f.check));
    for (const id of ['NC-01', 'CF-01', 'DR-01']) expect(checks).toContain(id);
  });

  it('reads the same contract from .txt, .html and .pdf with the same findings', () => {
    const { status, stdout, stderr } = run('--json', ...['txt', 'html', 'pdf'].map((ext) => `examples/fr-unbalanced.${ext}`));
    expect(status, stderr).toBe(0);
    const [txt, html, pdf] = reviews(stdout).map((r) => r.findings.map((f) => f.check).sort());
    expect(html).toEqual(txt);
    expect(pdf).toEqual(txt);
  });

  it('reads .docx files', () => {
    const { status, stdout, stderr } = run('--json', join(tmp, 'clause.docx'));
    expect(status, stderr).toBe(0);
    expect(reviews(stdout)[0]!.findings.map((f) => f.check)).toContain('NC-01');
  });

  it('prints a readable review: the count, then findings by severity with article, quote, why and what to ask', () => {
    const { status, stdout, stderr } = run('examples/fr-unbalanced.txt');
    expect(status, stderr).toBe(0);
    expect(stdout).toMatch(/\d+ points déséquilibrés/);
    expect(stdout).toMatch(/GRAVITÉ ÉLEVÉE/);
    expect(stdout).toMatch(/Article 9\.1/);
    expect(stdout).toMatch(/Pourquoi :/);
    expect(stdout).toMatch(/À demander :/);
    expect(stdout).toMatch(/PROTECTIONS MANQUANTES/);
  });

  it('answers bad input with exit code 2 and one line on stderr per bad file, still reviewing the others', () => {
    const bad = ['missing.txt', 'empty.txt', 'notes.xyz', 'scanned.pdf', 'damaged.pdf'].map((f) => join(tmp, f));
    const { status, stdout, stderr } = run('--json', bad[0]!, 'examples/en-unbalanced.txt', ...bad.slice(1));
    expect(status).toBe(2);
    expect(reviews(stdout)).toHaveLength(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/missing\.txt: no such file/);
    expect(lines[1]).toMatch(/empty\.txt: the file is empty/);
    expect(lines[2]).toMatch(/notes\.xyz: unsupported file type/);
    expect(lines[3]).toMatch(/scanned\.pdf: this PDF has no text layer/);
    expect(lines[4]).toMatch(/damaged\.pdf: not a valid PDF/);
  });

  it('takes the language and the role from the options, and rejects unknown values', () => {
    const asClient = reviews(run('--json', '--role', 'client', 'examples/fr-unbalanced.txt').stdout)[0]!;
    const asProvider = reviews(run('--json', 'examples/fr-unbalanced.txt').stdout)[0]!;
    expect(asClient.role).toBe('client');
    expect(asClient.imbalance.count).toBeLessThan(asProvider.imbalance.count);
    expect(reviews(run('--json', '--lang', 'en', 'examples/fr-unbalanced.txt').stdout)[0]!.language).toBe('en');
    expect(run('--role', 'boss', 'examples/fr-unbalanced.txt').status).toBe(2);
    expect(run('--lang', 'de', 'examples/fr-unbalanced.txt').status).toBe(2);
    expect(run().status).toBe(2);
  });
});
