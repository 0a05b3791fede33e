/**
 * One open document in the viewer, without UI: pdf.js loading (password retries), page-by-page text
 * extraction, the review re-run as pages arrive (throttled so a 500-page document is not re-reviewed 500
 * times), the document's decisions (docKey `pdf:<sha-256 of the text>`, found by URL while the text is still
 * arriving) and the `review:updated` message that keeps badge, popup and side panel in step.
 */
import { getDocument, GlobalWorkerOptions, type PDFDocumentLoadingTask, type PDFDocumentProxy } from 'pdfjs-dist';
import workerSrc from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { Review, ReviewOptions } from '../../rules/engine/types';
import type { ReviewAnswer, ReviewRequest } from './review-worker';
import { extractText, type ExtractedPage, type TextAssembler } from '../../hosts/pdf-text';
import { dismissedIds, emptyDocState, pdfDocKey, watchDocState } from '../../lib/review-state';
import { docStatesItem, settingsItem, type DocState } from '../../lib/storage';
import { sendToBackground } from '../../lib/messages';

// The worker ships inside the extension (MV3 allows no remote code). It is started now, while the document
// downloads, so the first page shows sooner; every document of the page shares it.
GlobalWorkerOptions.workerSrc = workerSrc;
if (typeof Worker !== 'undefined') GlobalWorkerOptions.workerPort = new Worker(workerSrc, { type: 'module' });

/**
 * Runs the engine in a worker: the page stays responsive, and the engine's code stays out of the viewer's
 * own bundle (it loads in parallel with the document instead of before it).
 */
class Reviewer {
  private readonly worker = new Worker(new URL('./review-worker.ts', import.meta.url), { type: 'module' });
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (r: Review) => void; reject: (e: Error) => void }>();

  constructor() {
    this.worker.onmessage = (e: MessageEvent<ReviewAnswer>) => {
      const pending = this.waiting.get(e.data.id);
      this.waiting.delete(e.data.id);
      if ('review' in e.data) pending?.resolve(e.data.review);
      else pending?.reject(new Error(e.data.error));
    };
  }

  review(text: string, options: ReviewOptions): Promise<Review> {
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, text, options } satisfies ReviewRequest);
    });
  }

  destroy(): void {
    this.worker.terminate();
    this.waiting.clear();
  }
}

export interface OpenedDocument {
  pdf: PDFDocumentProxy;
  task: PDFDocumentLoadingTask;
  title: string;
  firstView: number[];
}

/**
 * Opens `bytes` with pdf.js. `askPassword` is called (again after a wrong one) and resolves with the password
 * the user typed, or null when they give up (pdf.js then rejects: the viewer says the password is needed).
 */
export async function openPdf(
  bytes: Uint8Array,
  fallbackTitle: string,
  askPassword: (wrong: boolean) => Promise<string | null>,
): Promise<OpenedDocument> {
  const task = getDocument({
    data: bytes,
    // No remote resources: system fonts stand in for the standard 14 when the PDF does not embed them.
    useSystemFonts: true,
    enableXfa: false,
    verbosity: 0,
  });
  task.onPassword = (update: (password: string) => void, reason: number) => {
    void askPassword(reason === 2 /* PasswordResponses.INCORRECT_PASSWORD */).then((password) => {
      if (password === null) void task.destroy();
      else update(password);
    });
  };
  try {
    const pdf = await task.promise;
    const [first, meta] = await Promise.all([pdf.getPage(1), pdf.getMetadata().catch(() => null)]);
    const info = (meta?.info ?? {}) as { Title?: unknown };
    const title = typeof info.Title === 'string' && info.Title.trim() ? info.Title.trim() : fallbackTitle;
    return { pdf, task, title, firstView: first.view };
  } catch (error) {
    await task.destroy();
    throw error;
  }
}

export interface SessionEvents {
  /** A page's text was read (its box, its text content for the text layer). */
  page(page: ExtractedPage, assembler: TextAssembler): void;
  progress(done: number, total: number): void;
  /** A review of the text read so far (`complete` once every page is in). */
  review(review: Review, complete: boolean): void;
  /** The document's key is known (after the last page): decisions can be written. */
  docKey(key: string): void;
}

/** Partial reviews while pages arrive: at most this often, and spaced by twice their own cost. */
const REVIEW_INTERVAL_MS = 400;

export class ReviewSession {
  assembler: TextAssembler | null = null;
  key: string | null = null;
  private state: DocState = emptyDocState();
  private latest: Review | null = null;
  private readonly stop = new AbortController();
  private readonly reviewer = new Reviewer();
  /** Reviews are queued so a re-score after a decision never overtakes the review it follows. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly doc: OpenedDocument,
    private readonly meta: { url: string },
    private readonly events: SessionEvents,
  ) {}

  get review(): Review | null {
    return this.latest;
  }

  /** Reads every page, reviewing as it goes; resolves with the final review (null when there is no text). */
  async run(): Promise<Review | null> {
    const { pdf } = this.doc;
    if (this.meta.url) this.state = (await stateForUrl(this.meta.url)) ?? this.state;
    const started = performance.now();
    let lastRun = 0;
    let lastCost = 0;
    let inFlight = false;
    const assembler = await extractText(
      pdf,
      (page, assembler) => {
        this.assembler = assembler;
        this.events.page(page, assembler);
        this.events.progress(page.index + 1, pdf.numPages);
        // Partial reviews run in the worker while the next pages are read; one at a time, spaced out, and only
        // when the rest of the reading will take a while (on a short document they would only delay the end).
        const now = performance.now();
        const remaining = ((now - started) / (page.index + 1)) * (pdf.numPages - page.index - 1);
        if (remaining > REVIEW_INTERVAL_MS && !inFlight && assembler.text.trim() && now - lastRun > Math.max(REVIEW_INTERVAL_MS, 2 * lastCost)) {
          inFlight = true;
          void this.reviewNow(false).then((cost) => {
            lastCost = cost;
            lastRun = performance.now();
            inFlight = false;
          });
        }
      },
      this.stop.signal,
    );
    this.assembler = assembler;
    if (!assembler.text.trim()) return null;
    this.key = await pdfDocKey(assembler.text);
    const stored = (await docStatesItem.getValue())[this.key];
    if (stored) this.state = stored;
    this.events.docKey(this.key);
    await this.reviewNow(true);
    // Decisions taken here, in the side panel or in another viewer tab re-score the review.
    watchDocState(
      this.key,
      (state) => {
        this.state = state;
        void this.reviewNow(true);
      },
      this.stop.signal,
    );
    return this.latest;
  }

  /** Reviews the text read so far; resolves with how long it took (ms). */
  private reviewNow(complete: boolean): Promise<number> {
    const run = this.queue.then(() => this.reviewOnce(complete));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async reviewOnce(complete: boolean): Promise<number> {
    const text = this.assembler?.text ?? '';
    const settings = await settingsItem.getValue();
    if (this.stop.signal.aborted) return 0;
    const started = performance.now();
    const result = await this.reviewer.review(text, {
      role: settings.role,
      thresholds: settings.thresholds,
      disabledCategories: settings.disabledCategories,
      dismissed: dismissedIds(this.state),
    });
    if (this.stop.signal.aborted) return 0;
    const cost = performance.now() - started;
    this.latest = result;
    this.events.review(result, complete);
    if (complete && this.key) {
      await sendToBackground('review:updated', {
        docKey: this.key,
        url: this.meta.url || location.href,
        title: document.title,
        review: distinctFindings(result),
        source: 'pdf',
        text,
      }).catch(() => undefined); // no background (unit tests) or a restarting worker: the viewer still works
    }
    return cost;
  }

  destroy(): void {
    this.stop.abort();
    this.reviewer.destroy();
    void this.doc.task.destroy();
  }
}

/**
 * The review the other surfaces get: one finding per id (a clause repeated on every page of a long PDF is one
 * point, as the count says), so a 500-page document stays within what the background may keep in session
 * storage. The viewer itself marks every occurrence.
 */
export function distinctFindings(review: Review): Review {
  const seen = new Set<string>();
  return { ...review, findings: review.findings.filter((f) => !seen.has(f.id) && !!seen.add(f.id)) };
}

/** The decisions of a PDF already opened from `url` (its text fingerprint is not known yet). */
async function stateForUrl(url: string): Promise<DocState | undefined> {
  const all = await docStatesItem.getValue();
  return Object.entries(all)
    .filter(([key, state]) => key.startsWith('pdf:') && state.url === url)
    .sort((a, b) => b[1].updatedAt - a[1].updatedAt)[0]?.[1];
}
