/**
 * `npm run bench` (node --expose-gc --import tsx cli/bench.ts [--quick]): review() on generated contracts of
 * 10, 50, 200 and 1,000 pages (about 500 words a page, French and English, built from clause templates with
 * varied parties, numbers and durations) and on pathological inputs at two sizes, to show the engine stays
 * linear. Prints median times (wall and CPU: on a shared, loaded machine the process's CPU time is the stable
 * figure), throughput and memory; asserts nothing (figures, not tests).
 * `--cold`: instead, the first review in a fresh process (what a freshly injected content script pays), see cold().
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { review } from '../rules/review';
import type { Lang } from '../rules/engine/types';

/** Small seeded PRNG (mulberry32) so every run reviews the same documents. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Vocabulary {
  headings: string[];
  clauses: string[];
  provider: string[];
  client: string[];
  units: string[];
  money: (n: number) => string;
  article: (n: number, heading: string) => string;
  preamble: string;
}

// {P} provider, {C} client, {N} a small number, {M} an amount, {D} a duration unit, {R} a rate, {Y} a year.
const FR: Vocabulary = {
  headings: ['Objet', 'Durée', 'Prix et paiement', 'Propriété intellectuelle', 'Confidentialité', 'Responsabilité', 'Résiliation', 'Non-concurrence', 'Recette', 'Assurance', 'Données personnelles', 'Force majeure', 'Litiges', 'Sous-traitance', 'Révision des prix'],
  clauses: [
    'Le {P} réalise les prestations décrites en annexe {N} selon le calendrier convenu avec le {C}.',
    'Le présent contrat est conclu pour une durée de {N} {D} à compter de sa signature et se renouvelle par tacite reconduction pour des périodes successives de {N} {D}.',
    'Les factures sont payables à {N} jours à compter de leur date d\'émission, par virement bancaire sur le compte indiqué par le {P}.',
    'Tout retard de paiement entraîne de plein droit des pénalités au taux de {R} % ainsi qu\'une indemnité forfaitaire de 40 euros pour frais de recouvrement.',
    'Le {P} cède au {C} les droits patrimoniaux sur les livrables, pour le monde entier et pour une durée de {N} ans, moyennant le prix de {M}.',
    'Chacune des parties s\'engage à garder confidentielles les informations reçues de l\'autre partie pendant {N} ans après la fin du contrat.',
    'La responsabilité du {P} est limitée au montant des sommes perçues au titre des {N} derniers mois, à l\'exclusion des dommages indirects.',
    'Chacune des parties peut résilier le contrat moyennant un préavis de {N} {D} notifié par lettre recommandée avec accusé de réception.',
    'Le {P} s\'interdit de travailler pour un concurrent direct du {C} pendant {N} mois dans un rayon de {N} kilomètres.',
    'Le {C} dispose d\'un délai de {N} jours ouvrés à compter de la livraison pour prononcer la recette ou formuler des réserves motivées.',
    'Le {P} déclare être titulaire d\'une assurance responsabilité civile professionnelle couvrant son activité à hauteur de {M}.',
    'Les parties traitent les données personnelles conformément au règlement (UE) 2016/679 et désignent le {C} comme responsable du traitement.',
    'Aucune partie n\'est responsable d\'un manquement causé par un cas de force majeure au sens de l\'article 1218 du Code civil.',
    'En cas de litige, les parties recherchent une solution amiable pendant {N} jours avant de saisir le tribunal de commerce de {V}.',
    'Le {P} ne peut sous-traiter tout ou partie des prestations sans l\'accord écrit préalable du {C}.',
    'Le prix est révisé chaque année au {N} janvier selon l\'indice Syntec publié en {Y}.',
    'Le taux journalier du {P} est fixé à {M} hors taxes, frais de déplacement en sus sur justificatifs.',
    'Le {C} fournit au {P} les accès, documents et informations nécessaires dans un délai de {N} jours.',
  ],
  provider: ['Prestataire', 'Consultant', 'Freelance', 'Titulaire'],
  client: ['Client', 'Donneur d\'ordre', 'Bénéficiaire'],
  units: ['mois', 'ans', 'semaines'],
  money: (n) => `${(n * 1000).toLocaleString('fr-FR')} €`,
  article: (n, heading) => `Article ${n} – ${heading}`,
  preamble: 'CONTRAT DE PRESTATION DE SERVICES\n\nEntre les soussignés, la société Exemple SAS, ci-après le « Client », et Jeanne Martin, entrepreneuse individuelle, ci-après le « Prestataire ».',
};

const EN: Vocabulary = {
  headings: ['Services', 'Term', 'Fees and Payment', 'Intellectual Property', 'Confidentiality', 'Limitation of Liability', 'Termination', 'Non-Competition', 'Acceptance', 'Insurance', 'Data Protection', 'Force Majeure', 'Disputes', 'Subcontracting', 'Price Adjustment'],
  clauses: [
    'The {P} shall perform the services described in Schedule {N} in accordance with the timeline agreed with the {C}.',
    'This Agreement starts on the Effective Date, continues for {N} {D} and renews automatically for successive periods of {N} {D}.',
    'Each invoice is payable within {N} days of the invoice date by bank transfer to the account designated by the {P}.',
    'Late payments bear interest at {R}% per annum from the due date until payment in full.',
    'The {P} assigns to the {C} all right, title and interest in the deliverables upon payment of {M}.',
    'Each party shall keep the other party\'s Confidential Information confidential for {N} years after termination.',
    'The {P}\'s aggregate liability shall not exceed the fees paid in the {N} months preceding the claim, and neither party is liable for indirect damages.',
    'Either party may terminate this Agreement for convenience upon {N} {D}\' written notice to the other party.',
    'During the term and for {N} months thereafter, the {P} shall not provide competing services to any customer of the {C} within {N} miles.',
    'The {C} shall review each deliverable within {N} business days of delivery, failing which the deliverable is deemed accepted.',
    'The {P} shall maintain professional liability insurance with coverage of at least {M} per claim.',
    'Each party shall process personal data in accordance with the GDPR and the data processing agreement attached as Exhibit {N}.',
    'Neither party is liable for any failure caused by events beyond its reasonable control, including fire, flood and pandemic.',
    'The parties shall attempt to resolve any dispute through good faith negotiation for {N} days before commencing proceedings in {V}.',
    'The {P} may not subcontract or assign this Agreement without the prior written consent of the {C}.',
    'Fees are adjusted on each anniversary by the change in the consumer price index published in {Y}.',
    'The {C} shall pay the {P} a day rate of {M}, plus reasonable travel expenses approved in advance.',
    'The {C} shall provide the access, documents and information the {P} reasonably requires within {N} days.',
  ],
  provider: ['Contractor', 'Consultant', 'Supplier', 'Service Provider'],
  client: ['Client', 'Company', 'Customer'],
  units: ['months', 'years', 'weeks'],
  money: (n) => `$${(n * 1000).toLocaleString('en-US')}`,
  article: (n, heading) => `${n}. ${heading.toUpperCase()}`,
  preamble: 'CONSULTING AGREEMENT\n\nThis Agreement is made between Example Inc. (the "Client") and Jane Smith, an independent contractor (the "Contractor").',
};

const PLACES = ['Paris', 'Lyon', 'Nantes', 'London', 'New York', 'Bordeaux', 'Lille', 'Delaware'];

/** A contract of about `pages` × 500 words: numbered articles of 3 to 7 clauses with varied parameters. */
export function generateContract(pages: number, lang: Lang, seed = 1): string {
  const v = lang === 'fr' ? FR : EN;
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const provider = pick(v.provider);
  const client = pick(v.client);
  const targetWords = pages * 500;
  const parts = [v.preamble];
  let words = v.preamble.split(/\s+/).length;
  for (let article = 1; words < targetWords; article++) {
    parts.push(v.article(article, pick(v.headings)));
    const count = 3 + Math.floor(random() * 5);
    for (let k = 1; k <= count; k++) {
      const clause = pick(v.clauses)
        .replace(/\{P\}/g, provider)
        .replace(/\{C\}/g, client)
        .replace(/\{N\}/g, () => String(1 + Math.floor(random() * 60)))
        .replace(/\{M\}/g, () => v.money(1 + Math.floor(random() * 200)))
        .replace(/\{D\}/g, () => pick(v.units))
        .replace(/\{R\}/g, () => (1 + random() * 14).toFixed(2))
        .replace(/\{Y\}/g, () => String(2020 + Math.floor(random() * 7)))
        .replace(/\{V\}/g, () => pick(PLACES));
      const numbered = `${article}.${k} ${clause}`;
      parts.push(numbered);
      words += numbered.split(' ').length;
    }
  }
  return parts.join('\n\n');
}

/** Inputs built to trip regex backtracking or quadratic loops, at a given size in characters. */
export const PATHOLOGICAL: Record<string, (chars: number) => string> = {
  'one line, no punctuation': (n) => repeatTo('le prestataire s engage a realiser la prestation sans delai ni reserve ', n),
  'one word repeated': (n) => repeatTo('responsabilité ', n),
  'deep numbering 1.1.1.1…': (n) => {
    const lines: string[] = [];
    let size = 0;
    for (let i = 0; size < n; i++) {
      const line = `${Array.from({ length: 2 + (i % 12) }, (_, k) => ((i + k) % 9) + 1).join('.')} Le Prestataire peut résilier le contrat sans préavis`;
      lines.push(line);
      size += line.length + 1;
    }
    return lines.join('\n');
  },
  'no punctuation, many lines': (n) => repeatTo('the contractor shall not compete with the company for twelve months\n', n),
  'every trigger word': (n) =>
    repeatTo(
      'non-concurrence exclusivité confidentialité résiliation préavis pénalités responsabilité indemniser cession propriété intellectuelle arbitrage tribunal compétent droit applicable tacite reconduction recette force majeure assurance audit données personnelles non-compete exclusive terminate notice liability indemnify assign arbitration jurisdiction governed renew acceptance insurance warranty ',
      n,
    ),
};

function repeatTo(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

interface Timing {
  medianMs: number;
  /** Median CPU time (user + system) of this process per review. */
  cpuMs: number;
  heapDeltaMb: number;
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

/** Median wall time of `runs` reviews after one warm-up; heap delta of the last run (after a forced gc). */
function time(text: string, lang: Lang, runs: number): Timing {
  const gc = (globalThis as { gc?: () => void }).gc;
  review(text, { language: lang });
  const times: number[] = [];
  const cpu: number[] = [];
  let heapDelta = 0;
  for (let i = 0; i < runs; i++) {
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = review(text, { language: lang });
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    heapDelta = process.memoryUsage().heapUsed - before;
    if (r.length !== text.length) throw new Error('review length mismatch');
  }
  return { medianMs: median(times), cpuMs: median(cpu), heapDeltaMb: heapDelta / 1e6 };
}

const mb = (chars: string) => Buffer.byteLength(chars, 'utf8') / 1e6;

/**
 * Cold start: per sample, `runs` fresh Node processes (cli/cold-review.ts) each import the engine and review
 * the text once, then once more: under tsx (import time includes its transpiling, cached after the first run),
 * then bundled into one ES module by esbuild (tsx's and Vite's bundler) as the extension ships it. The figure
 * to watch is the first review's; the second shows the same review warm.
 */
async function cold(runs: number) {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-cold-'));
  const root = fileURLToPath(new URL('..', import.meta.url));
  const generated = join(dir, 'fr-50-pages.txt');
  writeFileSync(generated, generateContract(50, 'fr', 50));
  const bundle = join(dir, 'review.mjs');
  const { build } = await import('esbuild');
  await build({ entryPoints: [join(root, 'rules/review.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile: bundle, logLevel: 'error' });
  const samples: [string, string][] = [
    ['examples/fr-unbalanced.txt', join(root, 'examples/fr-unbalanced.txt')],
    ['examples/en-unbalanced.txt', join(root, 'examples/en-unbalanced.txt')],
    ['generated fr, 50 pages', generated],
  ];
  const runner = join(root, 'cli/cold-review.ts');
  process.stdout.write(`\nCold start (median of ${runs} fresh processes; wall ms, CPU ms in parentheses)\n`);
  process.stdout.write('sample                             engine         import         first review        second review\n');
  try {
    for (const [name, file] of samples) {
      for (const [engine, extra] of [['tsx', []], ['bundle', [bundle]]] as const) {
        const rows: Record<string, number>[] = [];
        for (let i = 0; i < runs; i++) {
          const child = spawnSync(process.execPath, ['--import', 'tsx', runner, file, ...extra], { encoding: 'utf8' });
          if (child.status !== 0) throw new Error(`cold run failed: ${child.stderr}`);
          rows.push(JSON.parse(child.stdout.trim().split('\n').pop()!));
        }
        const m = (step: string) =>
          `${median(rows.map((r) => r[`${step}Ms`]!)).toFixed(1)} (${median(rows.map((r) => r[`${step}CpuMs`]!)).toFixed(1)})`.padStart(20);
        process.stdout.write(`${name.padEnd(26)} ${engine.padStart(8)} ${m('import')} ${m('first')} ${m('second')}\n`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(argv: string[]) {
  if (argv.includes('--cold')) return void cold(argv.includes('--quick') ? 5 : 11);
  const quick = argv.includes('--quick');
  const sizes = quick ? [10, 50, 200] : [10, 50, 200, 1000];
  if (!(globalThis as { gc?: () => void }).gc) process.stdout.write('(run with node --expose-gc for heap figures after gc)\n');
  process.stdout.write('\nGenerated contracts (median of several runs after a warm-up)\n');
  process.stdout.write('lang  pages      words      MB   median ms    CPU ms     MB/s   heap Δ MB\n');
  const medians = new Map<string, number>();
  const cpuMedians = new Map<string, number>();
  for (const lang of ['fr', 'en'] as const) {
    for (const pages of sizes) {
      const text = generateContract(pages, lang, pages);
      const runs = pages >= 1000 ? 3 : pages >= 200 ? 5 : 9;
      const t = time(text, lang, runs);
      medians.set(`${lang}${pages}`, t.medianMs);
      cpuMedians.set(`${lang}${pages}`, t.cpuMs);
      const words = text.split(/\s+/).length;
      process.stdout.write(
        `${lang}    ${String(pages).padStart(5)} ${String(words).padStart(10)} ${mb(text).toFixed(2).padStart(7)} ${t.medianMs.toFixed(1).padStart(11)} ${t.cpuMs.toFixed(1).padStart(9)} ${(mb(text) / (t.medianMs / 1000)).toFixed(2).padStart(8)} ${t.heapDeltaMb.toFixed(1).padStart(11)}\n`,
      );
    }
  }
  const top = sizes[sizes.length - 1]!;
  for (const lang of ['fr', 'en'] as const) {
    const ratio = medians.get(`${lang}${top}`)! / medians.get(`${lang}50`)!;
    const cpuRatio = cpuMedians.get(`${lang}${top}`)! / cpuMedians.get(`${lang}50`)!;
    process.stdout.write(`${lang}: ${top}-page / 50-page time ratio ${ratio.toFixed(1)}, CPU ${cpuRatio.toFixed(1)} (pages ratio ${top / 50})\n`);
  }

  process.stdout.write('\nPathological inputs (two sizes each; linear growth gives a time ratio near the size ratio 2)\n');
  process.stdout.write('input                          0.5 MB ms   1 MB ms   ratio   CPU 0.5 MB   CPU 1 MB   ratio\n');
  for (const [name, make] of Object.entries(PATHOLOGICAL)) {
    const small = time(make(500_000), 'fr', 3);
    const large = time(make(1_000_000), 'fr', 3);
    process.stdout.write(
      `${name.padEnd(30)} ${small.medianMs.toFixed(1).padStart(10)} ${large.medianMs.toFixed(1).padStart(9)} ${(large.medianMs / small.medianMs).toFixed(2).padStart(7)} ${small.cpuMs.toFixed(1).padStart(12)} ${large.cpuMs.toFixed(1).padStart(10)} ${(large.cpuMs / small.cpuMs).toFixed(2).padStart(7)}\n`,
    );
  }
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`\nPeak RSS of the whole run: ${maxRssMb.toFixed(0)} MB\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
