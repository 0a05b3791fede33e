/**
 * `npm run bench:pdf`: the PDF pipeline under Node, without a browser's noise — text extraction page by page
 * (hosts/pdf-text.ts over pdf.js' legacy build) and the review of the assembled text, for the generated 50- and
 * 500-page contracts; peak heap and RSS. The viewer's own figures (first page visible, bundle size) are
 * printed by test/e2e/viewer-bench.spec.ts. Figures only, no thresholds.
 */
import { extractText } from '../hosts/pdf-text';
import { review } from '../rules/review';
import { longDocument } from '../test/fixtures/pdf/make';
import { legacyPdfjs } from './pdf-node';

const pdfjs = await legacyPdfjs();
const gc = (globalThis as { gc?: () => void }).gc;

// Warm-up: pdf.js loads its worker code on first use under Node; that is not a per-document cost.
{
  const task = pdfjs.getDocument({ data: await longDocument(1), verbosity: 0 });
  await extractText(await task.promise);
  await task.destroy();
}

for (const pages of [50, 500]) {
  const bytes = await longDocument(pages);
  const size = bytes.length; // pdf.js takes the buffer over (detached) once loading starts
  gc?.();
  let peakHeap = 0;
  let peakRss = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  };
  const timer = setInterval(sample, 20);
  const t0 = performance.now();
  const task = pdfjs.getDocument({ data: bytes, verbosity: 0 });
  const doc = await task.promise;
  const text = await extractText(doc, sample);
  const t1 = performance.now();
  const result = review(text.text);
  const t2 = performance.now();
  sample();
  clearInterval(timer);
  await task.destroy();
  const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;
  console.log(
    `${pages} pages (${(size / 1024).toFixed(0)} KiB, ${text.text.length} chars): ` +
      `extraction ${Math.round(t1 - t0)} ms (${((t1 - t0) / pages).toFixed(1)} ms/page), review ${Math.round(t2 - t1)} ms, ` +
      `total ${Math.round(t2 - t0)} ms; ${result.imbalance.count} points (${result.findings.length} findings); ` +
      `peak heap ${mb(peakHeap)}, peak RSS ${mb(peakRss)}`,
  );
}
