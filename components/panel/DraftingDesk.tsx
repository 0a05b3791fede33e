/**
 * The drafting desk: pick the document, fill what it needs, generate, edit, export. Export stays disabled
 * while a placeholder («[à compléter : …]» / [to complete: …]) remains in the text.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding, Lang } from '../../rules/engine/types';
import { buildBeforeSignatureReply } from '../../drafting/before-signature';
import { addDays, todayIso } from '../../drafting/dates';
import { exportBlockers, toMailto } from '../../drafting/export';
import { NOTICE_VARIANTS, buildFormalNotice, newFormalNotice, noticeLang, type FormalNoticeForm, type NoticeField } from '../../drafting/formal-notice';
import { DEFAULT_REPLY_DAYS, buildNegotiationEmail } from '../../drafting/negotiation';
import { findPlaceholders } from '../../drafting/placeholders';
import type { Draft, DraftKind, EmailFields } from '../../drafting/types';
import type { DocDrafts, Profile } from '../../lib/storage';
import { useT } from '../../lib/i18n';
import { NoticeJournal, useNoticeJournal } from '../tracking/NoticeJournal';
import { NOTICE_FIELD_IDS, NoticeForm } from './NoticeForm';
import { copyDraft, exportDraft, openPrintPage, type ExportFormat } from './exporter';

const KINDS: DraftKind[] = ['negotiation', 'before-signature', 'formal-notice'];

export interface DeskProps {
  /** Findings ticked in the list, in document order. */
  picked: Finding[];
  /** Ids of the findings marked as negotiated: the agreed changes of the "written before signature" reply. */
  negotiated: readonly string[];
  reviewLang: Lang;
  desk: DocDrafts;
  update(change: (desk: DocDrafts) => DocDrafts): void;
  profile: Profile;
  announce(message: string): void;
}

export function DraftingDesk(props: DeskProps) {
  const t = useT();
  const { desk, update, announce } = props;
  const today = todayIso();
  const [kind, setKind] = useState<DraftKind>('negotiation');
  const [lang, setLang] = useState<Lang>(desk.notice ? noticeLang(desk.notice.variant) : props.reviewLang);
  const email: EmailFields = desk.email ?? { recipientName: '', contractTitle: '', replyBy: addDays(today, DEFAULT_REPLY_DAYS), meetingDate: '' };
  const { recipientName, contractTitle, replyBy, meetingDate } = email;
  const setEmail = (patch: Partial<EmailFields>) => update((d) => ({ ...d, email: { ...email, ...d.email, ...patch } }));
  const [invalid, setInvalid] = useState<NoticeField[]>([]);
  const [needFindings, setNeedFindings] = useState(false);
  const editorHeading = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [focusEditor, setFocusEditor] = useState(false);
  const journal = useNoticeJournal();

  const notice: FormalNoticeForm =
    desk.notice && noticeLang(desk.notice.variant) === lang
      ? desk.notice
      : { ...newFormalNotice({ variant: NOTICE_VARIANTS[lang][0]!, today, sender: props.profile, journal: journal.entries }), ...(desk.notice ? carryOver(desk.notice) : {}) };
  const draft = desk.drafts[kind];
  const blockers = draft ? exportBlockers(draft) : [];

  useEffect(() => {
    if (focusEditor) {
      editorHeading.current?.focus();
      setFocusEditor(false);
    }
  }, [focusEditor]);

  const setNotice = (form: FormalNoticeForm) => update((d) => ({ ...d, notice: form }));
  const setDraft = (next: Draft) => update((d) => ({ ...d, drafts: { ...d.drafts, [kind]: next } }));

  const generate = () => {
    const common = { lang, findings: props.picked, today, sender: props.profile, recipientName, contractTitle };
    const result =
      kind === 'negotiation'
        ? buildNegotiationEmail({ ...common, replyBy: replyBy || undefined })
        : kind === 'before-signature'
          ? buildBeforeSignatureReply({ ...common, meetingDate: meetingDate || undefined })
          : buildFormalNotice({ ...notice, sender: props.profile });
    if (!result.ok) {
      if (kind === 'formal-notice') {
        const missing = result.missing as NoticeField[];
        setInvalid(missing);
        announce(t('draft_error_summary', [missing.map((m) => t(`draft_field_${m}`)).join(', ')]));
        document.getElementById(NOTICE_FIELD_IDS[missing[0]!])?.focus();
      } else {
        setNeedFindings(true);
        announce(t('draft_error_findings'));
      }
      return;
    }
    setInvalid([]);
    setNeedFindings(false);
    setDraft(result.draft);
    if (kind === 'formal-notice') setNotice(notice);
    announce(t('draft_generated'));
    setFocusEditor(true);
  };

  const nextPlaceholder = () => {
    const area = bodyRef.current;
    if (!area) return;
    const re = /«?\[(?:à compléter|to complete)\s*:[^\]]*\]»?/gi;
    const from = area.selectionEnd;
    const matches = [...area.value.matchAll(re)];
    const next = matches.find((m) => m.index! >= from) ?? matches[0];
    area.focus();
    if (next) area.setSelectionRange(next.index!, next.index! + next[0].length);
  };

  const run = async (format: ExportFormat) => {
    if (!draft) return;
    try {
      announce(t('draft_downloaded', [await exportDraft(draft, format, props.profile)]));
    } catch (error) {
      announce(t('draft_export_failed', [String(error)]));
    }
  };

  const mailto = draft && blockers.length === 0 ? toMailto(draft, { truncatedNote: t('draft_mailto_truncated_note') }) : null;

  return (
    <section aria-labelledby="desk-heading" class="desk">
      <h2 id="desk-heading" tabIndex={-1}>
        {t('draft_heading')}
      </h2>
      <p class="hint">{t('draft_private')}</p>
      <p>{props.picked.length ? t.plural('draft_picked', props.picked.length) : t('draft_picked_none')}</p>

      <fieldset>
        <legend>{t('draft_kind')}</legend>
        {KINDS.map((k) => (
          <label key={k}>
            <input type="radio" name="draft-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            {t(`draft_kind_${k.replace(/-/g, '_')}`)}
          </label>
        ))}
      </fieldset>
      <p>
        <label for="draft-lang">{t('draft_lang')}</label>
        <select id="draft-lang" value={lang} onChange={(e) => setLang(e.currentTarget.value as Lang)}>
          <option value="fr">{t('draft_lang_fr')}</option>
          <option value="en">{t('draft_lang_en')}</option>
        </select>
      </p>

      {kind === 'formal-notice' ? (
        <>
          <NoticeJournal journal={journal} onFill={(facts) => setNotice({ ...notice, facts })} />
          <NoticeForm form={notice} lang={lang} invalid={invalid} onChange={setNotice} />
        </>
      ) : (
        <div class="email-form">
          <label>
            {t('draft_recipient_name')}
            <input value={recipientName} onInput={(e) => setEmail({ recipientName: e.currentTarget.value })} />
          </label>
          <label>
            {t('draft_contract_title')}
            <input value={contractTitle} onInput={(e) => setEmail({ contractTitle: e.currentTarget.value })} />
          </label>
          {kind === 'negotiation' ? (
            <label>
              {t('draft_reply_by')}
              <input type="date" value={replyBy} onInput={(e) => setEmail({ replyBy: e.currentTarget.value })} />
            </label>
          ) : (
            <>
              <label>
                {t('draft_meeting_date')}
                <input type="date" value={meetingDate} onInput={(e) => setEmail({ meetingDate: e.currentTarget.value })} />
              </label>
              {props.negotiated.length ? (
                <button
                  type="button"
                  onClick={() => {
                    update((d) => ({ ...d, selected: [...props.negotiated] }));
                    announce(t.plural('draft_picked', props.negotiated.length));
                  }}
                >
                  {t.plural('draft_use_negotiated', props.negotiated.length)}
                </button>
              ) : null}
            </>
          )}
          {needFindings ? (
            <p class="field-error" role="alert">
              {t('draft_error_findings')}
            </p>
          ) : null}
        </div>
      )}

      <button type="button" class="primary" onClick={generate}>
        {draft ? t('draft_regenerate') : t('draft_generate')}
      </button>

      {draft ? (
        <div class="editor">
          <h3 id="editor-heading" ref={editorHeading} tabIndex={-1}>
            {t('draft_editor_heading')}
          </h3>
          <label>
            {t('draft_subject')}
            <input value={draft.subject} onInput={(e) => setDraft({ ...draft, subject: e.currentTarget.value })} />
          </label>
          <label>
            {t('draft_body')}
            <textarea ref={bodyRef} rows={18} value={draft.body} onInput={(e) => setDraft({ ...draft, body: e.currentTarget.value })} />
          </label>
          {blockers.length ? (
            <div class="blockers" id="draft-blockers">
              <p>{t.plural('draft_blockers', blockers.length)}</p>
              <ul>
                {findPlaceholders(`${draft.subject}\n${draft.body}`).map((label, i) => (
                  <li key={i}>{label}</li>
                ))}
              </ul>
              <button type="button" onClick={nextPlaceholder}>
                {t('draft_next_placeholder')}
              </button>
            </div>
          ) : null}
          <div class="export" role="group" aria-label={t('draft_export')} aria-describedby={blockers.length ? 'draft-blockers' : undefined}>
            <button
              type="button"
              disabled={blockers.length > 0}
              onClick={() =>
                void copyDraft(draft).then(
                  () => announce(t('draft_copied')),
                  () => announce(t('draft_copy_failed')),
                )
              }
            >
              {t('draft_copy')}
            </button>
            {mailto ? (
              <a
                class="button"
                href={mailto.url}
                onClick={() => {
                  if (mailto.truncated) void copyDraft(draft).then(() => announce(t('draft_mailto_truncated')));
                }}
              >
                {t('draft_mailto')}
              </a>
            ) : (
              <button type="button" disabled>
                {t('draft_mailto')}
              </button>
            )}
            {(['eml', 'txt', 'docx'] as const).map((f) => (
              <button type="button" key={f} disabled={blockers.length > 0} onClick={() => void run(f)}>
                {t(`draft_download_${f}`)}
              </button>
            ))}
            <button
              type="button"
              disabled={blockers.length > 0}
              onClick={() => announce(openPrintPage(draft, t('draft_print_hint')) ? t('draft_print_opened') : t('draft_print_blocked'))}
            >
              {t('draft_print')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

/** What survives switching the notice's language: the facts and the parties, not the wording choices. */
function carryOver(form: FormalNoticeForm): Partial<FormalNoticeForm> {
  return { recipient: form.recipient, contract: form.contract, facts: form.facts, breach: form.breach, demand: form.demand, paymentDetails: form.paymentDetails };
}
