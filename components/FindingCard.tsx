/**
 * The in-page card of a mark: the finding(s) the mark stands for, why, the legal basis, what to ask instead,
 * "Dismiss" (optional reason) and "Open in the side panel". Rendered by hosts/card.ts in a shadow root so the
 * page's CSS cannot reach it; plain props (no context) because it lives outside the extension's pages.
 */
import { useState } from 'preact/hooks';
import type { Finding } from '../rules/engine/types';

export interface FindingCardProps {
  findings: Finding[];
  t: (key: string, subs?: string | string[]) => string;
  onDismiss: (findingId: string, reason: string) => void | Promise<void>;
  /** Resolves false when the side panel could not be opened from the page. */
  onOpenPanel: (findingId: string) => Promise<boolean | void>;
  onClose: () => void;
}

const QUOTE_MAX = 280;

function shorten(quote: string): string {
  const q = quote.replace(/\s+/g, ' ').trim();
  return q.length > QUOTE_MAX ? `${q.slice(0, QUOTE_MAX - 1)}…` : q;
}

function FindingSection({ finding, t, onDismiss, onOpenPanel }: Omit<FindingCardProps, 'findings' | 'onClose'> & { finding: Finding }) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState('');
  const headingId = `vigie-card-${finding.id}`;
  const openPanel = async () => {
    const opened = await onOpenPanel(finding.id).catch(() => false);
    setStatus(opened === false ? t('card_panel_hint') : '');
  };
  return (
    <section class="finding" aria-labelledby={headingId}>
      <p class={`severity ${finding.severity}`}>
        {t(`card_severity_${finding.severity}`)}
        {finding.illegal ? ` · ${t('card_illegal')}` : ''}
      </p>
      <h2 id={headingId}>{finding.title}</h2>
      {finding.location ? <p class="location">{finding.location}</p> : null}
      <blockquote>{shorten(finding.quote)}</blockquote>
      <h3>{t('card_why')}</h3>
      <p>{finding.explanation}</p>
      {finding.basis ? (
        <>
          <h3>{t('card_basis')}</h3>
          <p>{finding.basis}</p>
        </>
      ) : null}
      <h3>{t('card_ask')}</h3>
      <p>{finding.suggestion}</p>
      {asking ? (
        <form
          class="dismiss"
          onSubmit={(e) => {
            e.preventDefault();
            void onDismiss(finding.id, reason.trim());
          }}
        >
          <label>
            {t('card_dismiss_reason')}
            <input type="text" value={reason} onInput={(e) => setReason((e.target as HTMLInputElement).value)} autoFocus />
          </label>
          <div class="actions">
            <button type="submit" class="primary">{t('card_dismiss_confirm')}</button>
            <button type="button" onClick={() => setAsking(false)}>{t('card_cancel')}</button>
          </div>
        </form>
      ) : (
        <div class="actions">
          <button type="button" onClick={() => setAsking(true)}>{t('card_dismiss')}</button>
          <button type="button" class="primary" onClick={() => void openPanel()}>{t('card_open_panel')}</button>
        </div>
      )}
      <p class="status" role="status">{status}</p>
    </section>
  );
}

export function FindingCard({ findings, t, onDismiss, onOpenPanel, onClose }: FindingCardProps) {
  return (
    <div class="card" role="dialog" aria-label={t('card_label')}>
      <button type="button" class="close" aria-label={t('card_close')} onClick={onClose}>×</button>
      {findings.map((f) => (
        <FindingSection key={f.id} finding={f} t={t} onDismiss={onDismiss} onOpenPanel={onOpenPanel} />
      ))}
    </div>
  );
}

/** The card's CSS, scoped by its shadow root. */
export const FINDING_CARD_CSS = `
:host{all:initial}
.card{box-sizing:border-box;width:min(380px,calc(100vw - 16px));max-height:var(--vigie-max-height,min(70vh,520px));overflow:auto;
  background:#fff;color:#1b1b1b;border:1px solid #9e9e9e;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.25);
  font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;padding:12px 14px;position:relative}
.finding+.finding{border-top:1px solid #ddd;margin-top:10px;padding-top:10px}
h2{font-size:15px;margin:2px 28px 4px 0}
h3{font-size:12px;text-transform:uppercase;letter-spacing:.03em;color:#555;margin:8px 0 2px}
p{margin:0}
.location{color:#555;font-size:12px}
blockquote{margin:6px 0;padding:4px 8px;border-left:3px solid #bbb;color:#333;font-style:italic}
.severity{font-size:12px;font-weight:600}
.severity.high{color:#b71c1c}.severity.medium{color:#bf4f00}.severity.low{color:#7a5a00}
.actions{display:flex;gap:8px;margin-top:10px;flex-wrap:wrap}
button{font:inherit;padding:4px 10px;border:1px solid #757575;border-radius:4px;background:#fff;color:#1b1b1b;cursor:pointer}
button.primary{background:#1a237e;border-color:#1a237e;color:#fff}
button:focus-visible,input:focus-visible{outline:2px solid #1a237e;outline-offset:2px}
.close{position:absolute;top:6px;right:6px;border:none;font-size:18px;line-height:1;padding:2px 6px}
label{display:flex;flex-direction:column;gap:4px;margin-top:8px;font-size:13px}
input{font:inherit;padding:4px 6px;border:1px solid #757575;border-radius:4px}
.status{margin-top:6px;font-size:13px;color:#333}
.status:empty{display:none}
@media (prefers-color-scheme:dark){.card{background:#202124;color:#eee;border-color:#555}
  h3,.location{color:#bbb}blockquote{color:#ddd}button{background:#303134;color:#eee}.status{color:#ddd}
  .severity.high{color:#ff8a80}.severity.medium{color:#ffb74d}.severity.low{color:#ffe082}}
`;
