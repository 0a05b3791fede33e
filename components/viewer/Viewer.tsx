/**
 * Vigie's PDF viewer page: the start page (file picker, drag and drop), opening a `?file=URL` (asking for the
 * site's permission only when needed), the password prompt, the clear messages for bad input (which always
 * leave the file picker at hand), and the document view (./DocumentView.tsx).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { I18nContext, useSettingsTranslator, useT } from '../../lib/i18n';
import { canRead, classifyPdfError, fetchPdf, fileNameOf, FAILURE_KEYS, OpenError, readFile, requestRead } from './load';
import { openPdf, type OpenedDocument } from './session';
import { DocumentView } from './DocumentView';
import { FilePicker } from './FilePicker';

type Screen =
  | { kind: 'start' }
  | { kind: 'permission'; url: string }
  | { kind: 'loading'; name: string }
  | { kind: 'password'; wrong: boolean; name: string }
  | { kind: 'error'; key: string; detail: string }
  | { kind: 'document'; doc: OpenedDocument; url: string; name: string };

const isFirefox = import.meta.env.BROWSER === 'firefox';

export function ViewerApp({ search }: { search: string }) {
  // Until the language setting is read, the browser's language: the download must not wait for storage.
  const fallback = useT();
  const t = useSettingsTranslator() ?? fallback;
  return (
    <I18nContext.Provider value={t}>
      <Viewer search={search} />
    </I18nContext.Provider>
  );
}

function Viewer({ search }: { search: string }) {
  const t = useT();
  const fileUrl = new URLSearchParams(search).get('file') ?? '';
  const [screen, setScreen] = useState<Screen>(fileUrl ? { kind: 'loading', name: fileNameOf(fileUrl) } : { kind: 'start' });
  const [dragging, setDragging] = useState(false);
  const password = useRef<((value: string | null) => void) | null>(null);

  const open = useCallback(async (name: string, url: string, load: () => Promise<Uint8Array>) => {
    setScreen({ kind: 'loading', name });
    try {
      const bytes = await load();
      const doc = await openPdf(bytes, name, (wrong) => {
        setScreen({ kind: 'password', wrong, name });
        return new Promise((resolve) => (password.current = resolve));
      });
      document.title = `${doc.title} — Vigie`;
      setScreen({ kind: 'document', doc, url, name });
    } catch (error) {
      const cancelled = (error as Error)?.name === 'PasswordException' || (error as Error)?.name === 'AbortException';
      const reason = classifyPdfError(error);
      setScreen({
        kind: 'error',
        key: cancelled ? 'viewer_error_password_cancelled' : FAILURE_KEYS[reason],
        detail: error instanceof OpenError ? error.message : String((error as Error)?.message ?? error),
      });
    }
  }, []);

  const openUrl = useCallback(
    (url: string) => void open(fileNameOf(url), url, () => fetchPdf(url, isFirefox)),
    [open],
  );
  const openFile = useCallback((file: File) => void open(file.name, '', () => readFile(file)), [open]);

  useEffect(() => {
    if (!fileUrl) return;
    void canRead(fileUrl).then((ok) => (ok ? openUrl(fileUrl) : setScreen({ kind: 'permission', url: fileUrl })));
  }, [fileUrl, openUrl]);

  // Drag and drop anywhere on the page, on every screen.
  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    setDragging(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer?.files[0];
    if (file) openFile(file);
  };

  let body: JSX.Element;
  switch (screen.kind) {
    case 'start':
      body = <StartPage onFile={openFile} />;
      break;
    case 'permission': {
      const host = new URL(screen.url).host;
      body = (
        <Panel>
          <p>{t('viewer_permission_text', [host])}</p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              onClick={() =>
                // Still inside the click: the browser shows its permission prompt.
                void requestRead(screen.url).then((granted) =>
                  granted ? openUrl(screen.url) : setScreen({ kind: 'error', key: FAILURE_KEYS.permission, detail: '' }),
                )
              }
            >
              {t('viewer_permission_allow')}
            </button>
          </div>
          <FilePicker onFile={openFile} />
        </Panel>
      );
      break;
    }
    case 'loading':
      body = (
        <Panel>
          <p role="status" aria-live="polite">{t('viewer_loading', [screen.name])}</p>
        </Panel>
      );
      break;
    case 'password':
      body = (
        <PasswordForm
          wrong={screen.wrong}
          onSubmit={(value) => {
            setScreen({ kind: 'loading', name: screen.name });
            password.current?.(value);
          }}
          onCancel={() => password.current?.(null)}
        />
      );
      break;
    case 'error':
      body = (
        <Panel>
          <p role="alert" class="error" data-testid="viewer-error" data-key={screen.key}>
            {t(screen.key, [screen.detail])}
          </p>
          <FilePicker onFile={openFile} />
        </Panel>
      );
      break;
    case 'document':
      body = <DocumentView key={screen.doc.pdf.fingerprints[0]} doc={screen.doc} url={screen.url} onFile={openFile} />;
      break;
  }

  return (
    <div
      class={`viewer ${dragging ? 'dragging' : ''}`}
      onDragOver={onDragOver}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      {body}
      {dragging ? <div class="drop-overlay" aria-hidden="true">{t('viewer_drop_active')}</div> : null}
    </div>
  );
}

function Panel({ children }: { children: preact.ComponentChildren }) {
  const t = useT();
  return (
    <main class="panel">
      <h1>{t('viewer_start_heading')}</h1>
      {children}
    </main>
  );
}

function StartPage({ onFile }: { onFile: (file: File) => void }) {
  const t = useT();
  return (
    <Panel>
      <p>{t('viewer_start_intro')}</p>
      <FilePicker onFile={onFile} />
      <p class="hint">{t('viewer_drop_hint')}</p>
      <p class="hint">{t(isFirefox ? 'viewer_local_files_firefox' : 'viewer_local_files_chrome')}</p>
    </Panel>
  );
}

function PasswordForm({ wrong, onSubmit, onCancel }: { wrong: boolean; onSubmit: (v: string) => void; onCancel: () => void }) {
  const t = useT();
  const [value, setValue] = useState('');
  return (
    <main class="panel">
      <h1>{t('viewer_password_heading')}</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(value);
        }}
      >
        {wrong ? (
          <p role="alert" class="error" data-testid="viewer-password-wrong">
            {t('viewer_password_wrong')}
          </p>
        ) : null}
        <label>
          {t('viewer_password_label')}
          <input type="password" value={value} autoFocus autoComplete="off" onInput={(e) => setValue((e.target as HTMLInputElement).value)} />
        </label>
        <div class="actions">
          <button type="submit" class="primary">{t('viewer_password_open')}</button>
          <button type="button" onClick={onCancel}>{t('viewer_cancel')}</button>
        </div>
      </form>
    </main>
  );
}
