/** One finding in the side panel: quote, why, legal basis, what to ask instead, and the user's actions. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../../rules/engine/types';
import { useT } from '../../lib/i18n';
import type { Status } from './findings-view';

export interface FindingActions {
  show(finding: Finding): void;
  dismiss(finding: Finding, reason: string): void;
  negotiated(finding: Finding): void;
  restore(finding: Finding): void;
  toggleSelected(finding: Finding): void;
}

export function FindingItem(props: { finding: Finding; status: Status; reason?: string; selected: boolean; actions: FindingActions }) {
  const { finding: f, status, actions } = props;
  const t = useT();
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  // Google Docs and other canvas hosts cannot be marked in place: the quote is copied to find it with Ctrl+F.
  const [copied, setCopied] = useState(false);
  const reasonRef = useRef<HTMLInputElement>(null);
  const dismissRef = useRef<HTMLButtonElement>(null);
  const id = `finding-${f.id.replace(/[^\w-]/g, '_')}`;

  useEffect(() => {
    if (dismissing) reasonRef.current?.focus();
  }, [dismissing]);

  const cancel = () => {
    setDismissing(false);
    dismissRef.current?.focus();
  };

  return (
    <li class={`finding sev-${f.severity} status-${status}`} data-finding-id={f.id}>
      <article aria-labelledby={`${id}-title`}>
        <div class="finding-head">
          <input
            type="checkbox"
            id={`${id}-pick`}
            checked={props.selected}
            onChange={() => actions.toggleSelected(f)}
            aria-describedby={`${id}-title`}
          />
          <label for={`${id}-pick`} class="pick-label">{t('panel_pick')}</label>
          <span class={`badge sev-${f.severity}`}>{t(`common_severity_${f.severity}`)}</span>
          {f.illegal ? <span class="badge illegal">{t('panel_illegal')}</span> : null}
          {status !== 'open' ? <span class="badge status">{t(`panel_status_${status}`)}</span> : null}
        </div>
        <h4 id={`${id}-title`}>{f.title}</h4>
        {f.location ? <p class="location">{f.location}</p> : null}
        {f.quote.trim() ? <blockquote>{f.quote}</blockquote> : null}
        <dl>
          {f.explanation ? (
            <>
              <dt>{t('panel_why')}</dt>
              <dd>{f.explanation}</dd>
            </>
          ) : null}
          {f.basis ? (
            <>
              <dt>{t('panel_basis')}</dt>
              <dd>{f.basis}</dd>
            </>
          ) : null}
          {f.suggestion ? (
            <>
              <dt>{t('panel_ask')}</dt>
              <dd>{f.suggestion}</dd>
            </>
          ) : null}
          {status === 'dismissed' && props.reason ? (
            <>
              <dt>{t('panel_dismiss_reason')}</dt>
              <dd>{props.reason}</dd>
            </>
          ) : null}
        </dl>
        <div class="actions">
          {f.kind !== 'missing' ? (
            <button type="button" onClick={() => actions.show(f)}>
              {t('panel_show')}
            </button>
          ) : null}
          {f.quote.trim() ? (
            <button
              type="button"
              onClick={() => void navigator.clipboard.writeText(f.quote).then(() => setCopied(true), () => setCopied(false))}
            >
              {copied ? t('panel_quote_copied') : t('panel_copy_quote')}
            </button>
          ) : null}
          {status === 'open' ? (
            <>
              <button type="button" onClick={() => actions.negotiated(f)}>
                {t('panel_mark_negotiated')}
              </button>
              <button type="button" ref={dismissRef} aria-expanded={dismissing} onClick={() => setDismissing(!dismissing)}>
                {t('panel_dismiss')}
              </button>
            </>
          ) : (
            <button type="button" onClick={() => actions.restore(f)}>
              {t('panel_restore')}
            </button>
          )}
        </div>
        {dismissing ? (
          <form
            class="dismiss-form"
            onSubmit={(e) => {
              e.preventDefault();
              setDismissing(false);
              actions.dismiss(f, reason.trim());
            }}
            onKeyDown={(e) => e.key === 'Escape' && cancel()}
          >
            <label for={`${id}-reason`}>{t('panel_dismiss_reason_optional')}</label>
            <input id={`${id}-reason`} ref={reasonRef} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
            <button type="submit">{t('panel_dismiss_confirm')}</button>
            <button type="button" onClick={cancel}>
              {t('panel_cancel')}
            </button>
          </form>
        ) : null}
      </article>
    </li>
  );
}
