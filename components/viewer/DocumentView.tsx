/**
 * An open PDF: toolbar (title, page navigation, zoom, find, the imbalance count and reading progress), the
 * pages (./pages.ts), and the review highlighted on the text layer by the PDF host (hosts/pdf.ts) with the
 * same marks, cards and keyboard navigation as on web pages. Answers `finding:show` for its own tab.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import type { Finding, Review } from '../../rules/engine/types';
import { PdfHost } from '../../hosts/pdf';
import type { HostEnv } from '../../hosts/types';
import type { TextAssembler } from '../../hosts/pdf-text';
import { useT } from '../../lib/i18n';
import { sendToBackground, type ProtocolMap } from '../../lib/messages';
import { dismissFinding } from '../../lib/review-state';
import { ReviewSession, type OpenedDocument } from './session';
import { PageStack } from './pages';
import { findAll, fold } from './find';
import { FilePicker } from './FilePicker';

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

interface Props {
  doc: OpenedDocument;
  url: string;
  onFile: (file: File) => void;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

export function DocumentView({ doc, url, onFile }: Props) {
  const t = useT();
  const pagesRef = useRef<HTMLDivElement>(null);
  const [progress, setProgress] = useState({ done: 0, total: doc.pdf.numPages });
  const [review, setReview] = useState<Review | null>(null);
  const [complete, setComplete] = useState(false);
  const [emptyPages, setEmptyPages] = useState<number[]>([]);
  const [page, setPage] = useState(0);
  const [pageInput, setPageInput] = useState('1');
  const [zoom, setZoom] = useState(2); // index in ZOOMS: 100 %
  const [query, setQuery] = useState('');
  const [match, setMatch] = useState(-1);
  const [text, setText] = useState('');
  const findRef = useRef<HTMLInputElement>(null);
  const live = useRef<{ stack: PageStack; host: PdfHost; session: ReviewSession } | null>(null);
  // Cards and labels created once per document follow the language chosen later.
  const tr = useRef(t);
  tr.current = t;

  useEffect(() => {
    const container = pagesRef.current!;
    const contents = Array.from({ length: doc.pdf.numPages }, () => deferred<TextContent>());
    const keyReady = deferred<string>();
    let assembler: TextAssembler | null = null;
    const empty: number[] = [];

    const env: HostEnv = {
      t: (key, subs) => tr.current(key, subs),
      dismiss: async (findingId, reason) => {
        const key = await keyReady.promise;
        await dismissFinding(key, findingId, reason ?? '', { title: doc.title, url });
      },
      openPanel: (findingId) => sendToBackground('panel:open', { findingId }).catch(() => false),
      fetchExport: () => Promise.reject(new Error('not a Google Docs page')),
      openViewer: async () => undefined,
    };

    const stack = new PageStack(container, doc.pdf, doc.firstView, {
      textContent: (index) => contents[index]!.promise,
      onTextLayer: (index, divs) => live.current?.host.pageRendered(index, divs),
      onTextLayerRemoved: (index) => live.current?.host.pageReleased(index),
      onCurrentPage: (index) => {
        setPage(index);
        setPageInput(String(index + 1));
      },
      pageLabel: (index) => tr.current('viewer_page_label', [index + 1, doc.pdf.numPages]),
    });

    const session = new ReviewSession(doc, { url }, {
      page: (p, a) => {
        if (!assembler) {
          assembler = a;
          const host = new PdfHost(window, env, a, { ensurePage: (index) => stack.ensurePage(index) });
          live.current = { stack, host, session };
        }
        stack.setView(p.index, p.view);
        if (p.range.end === p.range.start) empty.push(p.index + 1);
        contents[p.index]!.resolve(p.content as unknown as TextContent);
      },
      progress: (done, total) => setProgress({ done, total }),
      review: (r, isComplete) => {
        live.current?.host.highlight(r.notAContract ? [] : r.findings);
        setReview(r);
        if (isComplete) setComplete(true);
      },
      docKey: (key) => keyReady.resolve(key),
    });

    void session.run().then(
      () => {
        setEmptyPages([...empty]);
        setText(session.assembler?.text ?? '');
        setComplete(true);
      },
      (error: unknown) => {
        if ((error as Error)?.name !== 'AbortError') console.error('Vigie viewer:', error);
      },
    );

    // "Show in page" from the side panel or the popup, for this tab only: other tabs' requests are left to
    // the background (answering them here would race its answer).
    const stop = new AbortController();
    let tabId: number | undefined;
    void browser.tabs.getCurrent().then((tab) => (tabId = tab?.id));
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
      const m = message as { vigie?: string; payload?: ProtocolMap['finding:show']['request'] };
      if (m?.vigie !== 'finding:show' || m.payload?.tabId !== tabId) return undefined;
      const finding = session.review?.findings.find((f) => f.id === m.payload!.findingId);
      const shown = finding ? (live.current?.host.scrollTo(finding) ?? Promise.resolve(false)) : Promise.resolve(false);
      // Same answer envelope as lib/messages.ts; `true` keeps the channel open for it (Chrome and Firefox).
      void shown.then((value) => sendResponse({ ok: true, value }), (error: unknown) => sendResponse({ ok: false, error: String(error) }));
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    stop.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));

    return () => {
      stop.abort();
      session.destroy();
      live.current?.host.destroy();
      stack.destroy();
      live.current = null;
    };
    // One effect per document: a language change re-renders the toolbar but must not reopen the document.
  }, [doc, url]);

  useEffect(() => live.current?.stack.setScale(ZOOMS[zoom]!), [zoom]);

  const folded = useMemo(() => fold(text), [text]);
  const matches = useMemo(() => (query.trim() && folded ? findAll(folded, query) : []), [folded, query]);
  // Before the next event, not after the next paint: an Enter right after typing must not be undone.
  useLayoutEffect(() => {
    setMatch(-1);
    live.current?.host.clearMatch();
  }, [matches]);

  // Ctrl/Cmd+F goes to Vigie's find box (the browser's own find does not see unrendered pages).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        findRef.current?.focus();
        findRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const goToMatch = (direction: 1 | -1) => {
    if (!matches.length) return;
    const next = match < 0 ? (direction > 0 ? 0 : matches.length - 1) : (match + direction + matches.length) % matches.length;
    setMatch(next);
    const m = matches[next]!;
    void live.current?.host.showMatch(m.start, m.end);
  };

  const goToPage = (n: number) => {
    const index = Math.max(0, Math.min(doc.pdf.numPages - 1, n - 1));
    void live.current?.stack.ensurePage(index);
  };

  const shown: Finding[] = review && !review.notAContract ? review.findings.filter((f) => !f.dismissed) : [];
  const count = review && !review.notAContract ? review.imbalance.count : 0;
  const reading = progress.done < progress.total;
  const noText = complete && !text.trim() && !reading;

  return (
    <div class="document" data-state={complete && !reading ? 'complete' : 'reading'}>
      <header class="toolbar" aria-label={t('viewer_toolbar')}>
        <h1 class="doc-title" title={doc.title}>{doc.title}</h1>
        <nav class="group" aria-label={t('viewer_page_nav')}>
          <button type="button" aria-label={t('viewer_prev_page')} disabled={page <= 0} onClick={() => goToPage(page)}>‹</button>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              goToPage(Number(pageInput));
            }}
          >
            <input
              class="page-input"
              aria-label={t('viewer_page_input')}
              inputMode="numeric"
              value={pageInput}
              onInput={(e) => setPageInput((e.target as HTMLInputElement).value)}
            />
            <span> / {doc.pdf.numPages}</span>
          </form>
          <button type="button" aria-label={t('viewer_next_page')} disabled={page >= doc.pdf.numPages - 1} onClick={() => goToPage(page + 2)}>›</button>
        </nav>
        <div class="group" role="group" aria-label={t('viewer_zoom_level')}>
          <button type="button" aria-label={t('viewer_zoom_out')} disabled={zoom === 0} onClick={() => setZoom(zoom - 1)}>−</button>
          <output aria-live="polite">{Math.round(ZOOMS[zoom]! * 100)} %</output>
          <button type="button" aria-label={t('viewer_zoom_in')} disabled={zoom === ZOOMS.length - 1} onClick={() => setZoom(zoom + 1)}>+</button>
        </div>
        <form
          class="group find"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            goToMatch(1);
          }}
        >
          <input
            ref={findRef}
            type="search"
            aria-label={t('viewer_find_label')}
            placeholder={t('viewer_find_label')}
            value={query}
            onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && e.shiftKey) {
                e.preventDefault();
                goToMatch(-1);
              }
            }}
          />
          <button type="button" aria-label={t('viewer_find_prev')} disabled={!matches.length} onClick={() => goToMatch(-1)}>↑</button>
          <button type="submit" aria-label={t('viewer_find_next')} disabled={!matches.length}>↓</button>
          <span class="find-count" role="status" data-testid="viewer-find-count">
            {query.trim() ? (matches.length ? t('viewer_find_count', [Math.max(match + 1, 0), matches.length]) : t('viewer_find_none')) : ''}
          </span>
        </form>
        <div class="group review" role="group" aria-label={t('viewer_review_label')}>
          <strong class={`count ${shown.length ? worst(shown) : ''}`} data-testid="viewer-count" data-count={count} aria-live="polite">
            {review ? (review.notAContract ? t('viewer_not_contract') : t.plural('common_count', count)) : ''}
          </strong>
          <button type="button" aria-label={t('viewer_prev_finding')} title={t('viewer_prev_finding')} disabled={!shown.length} onClick={() => void live.current?.host.step(-1)}>⟨</button>
          <button type="button" aria-label={t('viewer_next_finding')} title={t('viewer_next_finding')} disabled={!shown.length} onClick={() => void live.current?.host.step(1)}>⟩</button>
        </div>
        <FilePicker onFile={onFile} compact />
        {reading ? (
          <div class="reading">
            <progress max={progress.total} value={progress.done} aria-label={t('viewer_reading_label')} />
            <span role="status">{t('viewer_reading', [progress.done, progress.total])}</span>
          </div>
        ) : null}
      </header>
      {noText ? (
        <p class="notice error" role="alert" data-testid="viewer-no-text">{t('viewer_no_text')}</p>
      ) : emptyPages.length ? (
        <p class="notice" role="status" data-testid="viewer-empty-pages">{t('viewer_pages_without_text', [emptyPages.join(', ')])}</p>
      ) : null}
      <div class="pages" ref={pagesRef} tabIndex={-1} aria-label={t('viewer_pages_region')} data-testid="viewer-pages" />
    </div>
  );
}

function worst(findings: Finding[]): string {
  return findings.some((f) => f.severity === 'high') ? 'high' : findings.some((f) => f.severity === 'medium') ? 'medium' : 'low';
}
