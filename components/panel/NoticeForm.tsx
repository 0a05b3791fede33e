/** The guided form of the formal notice; breach, demand and deadline are required and flagged when empty. */
import type { Lang } from '../../rules/engine/types';
import { addDays, formatLongDate, isIsoDate } from '../../drafting/dates';
import { DEADLINE_RANGE, NOTICE_VARIANTS, type FormalNoticeForm, type NoticeField, type Termination } from '../../drafting/formal-notice';
import { useT } from '../../lib/i18n';

export const NOTICE_FIELD_IDS: Record<NoticeField, string> = {
  breach: 'notice-breach',
  demand: 'notice-demand',
  deadline: 'notice-deadline',
  date: 'notice-date',
};

export function NoticeForm(props: { form: FormalNoticeForm; lang: Lang; invalid: readonly NoticeField[]; onChange(form: FormalNoticeForm): void }) {
  const t = useT();
  const { form, onChange } = props;
  const set = (patch: Partial<FormalNoticeForm>) => onChange({ ...form, ...patch });
  const range = DEADLINE_RANGE[form.variant];
  const deadline = isIsoDate(form.date) && form.deadlineDays ? formatLongDate(addDays(form.date, form.deadlineDays), props.lang) : '';
  const err = (field: NoticeField) =>
    props.invalid.includes(field)
      ? { 'aria-invalid': true as const, 'aria-describedby': `${NOTICE_FIELD_IDS[field]}-error` }
      : {};
  const errorText = (field: NoticeField, key: string, subs?: (string | number)[]) =>
    props.invalid.includes(field) ? (
      <p class="field-error" id={`${NOTICE_FIELD_IDS[field]}-error`}>
        {t(key, subs)}
      </p>
    ) : null;
  const text = (label: string, value: string, onInput: (v: string) => void, multiline = false) => (
    <label>
      {t(label)}
      {multiline ? (
        <textarea rows={2} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
      ) : (
        <input value={value} onInput={(e) => onInput(e.currentTarget.value)} />
      )}
    </label>
  );

  return (
    <div class="notice-form">
      {NOTICE_VARIANTS[props.lang].length > 1 ? (
        <p>
          <label for="notice-variant">{t('draft_notice_variant')}</label>
          <select
            id="notice-variant"
            value={form.variant}
            onChange={(e) => {
              const variant = e.currentTarget.value as FormalNoticeForm['variant'];
              set({ variant, deadlineDays: DEADLINE_RANGE[variant].default });
            }}
          >
            {NOTICE_VARIANTS[props.lang].map((v) => (
              <option value={v}>{t(`draft_variant_${v.replace(/-/g, '_')}`)}</option>
            ))}
          </select>
        </p>
      ) : null}

      <fieldset>
        <legend>{t('draft_notice_parties')}</legend>
        <p class="hint">{t('draft_notice_sender_hint')}</p>
        {text('draft_notice_signatory_title', form.signatoryTitle, (v) => set({ signatoryTitle: v }))}
        {text('draft_notice_recipient_company', form.recipient.company, (v) => set({ recipient: { ...form.recipient, company: v } }))}
        {text('draft_notice_recipient_representative', form.recipient.representative, (v) => set({ recipient: { ...form.recipient, representative: v } }))}
        {text('draft_notice_recipient_address', form.recipient.address, (v) => set({ recipient: { ...form.recipient, address: v } }), true)}
        {props.lang === 'fr' ? text('draft_notice_place', form.place, (v) => set({ place: v })) : null}
        <label>
          {t('draft_notice_date')}
          <input id={NOTICE_FIELD_IDS.date} type="date" value={form.date} onInput={(e) => set({ date: e.currentTarget.value })} {...err('date')} />
        </label>
        {errorText('date', 'draft_error_date')}
        <label>
          <input type="checkbox" checked={form.copyByEmail} onChange={(e) => set({ copyByEmail: e.currentTarget.checked })} />
          {t('draft_notice_copy_email')}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('draft_notice_contract')}</legend>
        {text('draft_notice_contract_title', form.contract.title, (v) => set({ contract: { ...form.contract, title: v } }))}
        <label>
          {t('draft_notice_contract_date')}
          <input type="date" value={form.contract.date} onInput={(e) => set({ contract: { ...form.contract, date: e.currentTarget.value } })} />
        </label>
        {text('draft_notice_contract_reference', form.contract.reference, (v) => set({ contract: { ...form.contract, reference: v } }))}
        {text('draft_notice_contract_clauses', form.contract.clauses, (v) => set({ contract: { ...form.contract, clauses: v } }))}
      </fieldset>

      <fieldset>
        <legend>{t('draft_notice_facts')}</legend>
        <p class="hint">{t('draft_notice_facts_hint')}</p>
        <ol class="facts">
          {form.facts.map((fact, i) => (
            <li key={i}>
              <label>
                {t('draft_notice_fact_date', [i + 1])}
                <input
                  type="date"
                  value={fact.date}
                  onInput={(e) => set({ facts: form.facts.map((f, j) => (j === i ? { ...f, date: e.currentTarget.value } : f)) })}
                />
              </label>
              <label>
                {t('draft_notice_fact_note', [i + 1])}
                <textarea
                  rows={2}
                  value={fact.note}
                  onInput={(e) => set({ facts: form.facts.map((f, j) => (j === i ? { ...f, note: e.currentTarget.value } : f)) })}
                />
              </label>
              <button type="button" onClick={() => set({ facts: form.facts.filter((_, j) => j !== i) })}>
                {t('draft_notice_fact_remove', [i + 1])}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => set({ facts: [...form.facts, { date: '', note: '' }] })}>
          {t('draft_notice_fact_add')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('draft_notice_essentials')}</legend>
        <label>
          {t('draft_notice_breach')}
          <textarea id={NOTICE_FIELD_IDS.breach} rows={3} aria-required="true" value={form.breach} onInput={(e) => set({ breach: e.currentTarget.value })} {...err('breach')} />
        </label>
        {errorText('breach', 'draft_error_breach')}
        <label>
          {t('draft_notice_demand')}
          <textarea id={NOTICE_FIELD_IDS.demand} rows={3} aria-required="true" value={form.demand} onInput={(e) => set({ demand: e.currentTarget.value })} {...err('demand')} />
        </label>
        {errorText('demand', 'draft_error_demand')}
        <label>
          {t('draft_notice_deadline', [range.min, range.max])}
          <input
            id={NOTICE_FIELD_IDS.deadline}
            type="number"
            min={range.min}
            max={range.max}
            aria-required="true"
            value={form.deadlineDays ?? ''}
            onInput={(e) => {
              const v = e.currentTarget.value.trim();
              set({ deadlineDays: v === '' ? null : Number(v) });
            }}
            {...err('deadline')}
          />
        </label>
        {errorText('deadline', 'draft_error_deadline', [range.min, range.max])}
        <p class="hint" aria-live="polite">
          {deadline && !props.invalid.includes('deadline') ? t('draft_notice_deadline_date', [deadline]) : ''}
        </p>
        {text('draft_notice_payment', form.paymentDetails, (v) => set({ paymentDetails: v }))}
      </fieldset>

      <fieldset>
        <legend>{t('draft_notice_consequences')}</legend>
        <label>
          <input type="checkbox" checked={form.consequences.suspension} onChange={(e) => set({ consequences: { ...form.consequences, suspension: e.currentTarget.checked } })} />
          {t(props.lang === 'fr' ? 'draft_consequence_suspension_fr' : 'draft_consequence_suspension_en')}
        </label>
        <label>
          <input type="checkbox" checked={form.consequences.court} onChange={(e) => set({ consequences: { ...form.consequences, court: e.currentTarget.checked } })} />
          {t('draft_consequence_court')}
        </label>
        <label>
          <input type="checkbox" checked={form.consequences.latePayment} onChange={(e) => set({ consequences: { ...form.consequences, latePayment: e.currentTarget.checked } })} />
          {t(props.lang === 'fr' ? 'draft_consequence_late_payment_fr' : 'draft_consequence_late_payment_en')}
        </label>
        <fieldset class="inner">
          <legend>{t('draft_consequence_termination')}</legend>
          {(props.lang === 'fr' ? (['none', 'clause', 'notification'] as const) : (['none', 'clause'] as const)).map((v: Termination) => (
            <label key={v}>
              <input
                type="radio"
                name="termination"
                value={v}
                checked={form.consequences.termination === v}
                onChange={() => set({ consequences: { ...form.consequences, termination: v } })}
              />
              {t(v === 'clause' ? `draft_termination_clause_${props.lang}` : `draft_termination_${v}`)}
            </label>
          ))}
          {form.consequences.termination === 'clause'
            ? text('draft_notice_termination_clause', form.consequences.terminationClause, (v) => set({ consequences: { ...form.consequences, terminationClause: v } }))
            : null}
        </fieldset>
      </fieldset>

      <label>
        {t('draft_notice_attachments')}
        <textarea rows={3} value={form.attachments.join('\n')} onInput={(e) => set({ attachments: e.currentTarget.value.split('\n') })} />
      </label>
    </div>
  );
}
