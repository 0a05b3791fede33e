import { useT } from '../../lib/i18n';

/** Client and mission inputs, suggesting the ones already used. */
export function ContextFields(props: {
  idPrefix: string;
  value: { client: string; mission: string };
  contexts: { client: string; mission: string }[];
  onChange(value: { client: string; mission: string }): void;
}) {
  const t = useT();
  const { idPrefix, value, contexts } = props;
  const clients = [...new Set(contexts.map((c) => c.client).filter(Boolean))];
  const missions = [...new Set(contexts.filter((c) => !value.client || c.client === value.client).map((c) => c.mission).filter(Boolean))];
  return (
    <>
      <label>
        {t('journal_client')}
        <input list={`${idPrefix}-clients`} value={value.client} onInput={(e) => props.onChange({ ...value, client: e.currentTarget.value })} />
      </label>
      <datalist id={`${idPrefix}-clients`}>
        {clients.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <label>
        {t('journal_mission')}
        <input list={`${idPrefix}-missions`} value={value.mission} onInput={(e) => props.onChange({ ...value, mission: e.currentTarget.value })} />
      </label>
      <datalist id={`${idPrefix}-missions`}>
        {missions.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>
    </>
  );
}
