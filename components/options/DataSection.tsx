/** Export everything as JSON, import it back (checked first), erase everything (after a confirmation). */
import { useRef, useState } from 'preact/hooks';
import { useT } from '../../lib/i18n';
import { eraseUserData, exportUserData, importUserData, parseUserData } from '../../lib/user-data';

export function DataSection({ onStatus }: { onStatus(message: string, error?: boolean): void }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const eraseButton = useRef<HTMLButtonElement>(null);

  const doExport = async () => {
    const file = await exportUserData();
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `vigie-${file.exportedAt.slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    onStatus(t('options_export_done'));
  };

  const doImport = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    const parsed = parseUserData(await chosen.text());
    if (!parsed.ok) {
      onStatus(t(parsed.error, parsed.detail ?? ''), true);
      return;
    }
    await importUserData(parsed.file);
    onStatus(t('options_import_done'));
  };

  const doErase = async () => {
    await eraseUserData();
    setConfirming(false);
    onStatus(t('options_erase_done'));
  };

  return (
    <fieldset>
      <legend>{t('options_data')}</legend>
      <p class="hint">{t('options_data_hint')}</p>
      <div class="row">
        <button type="button" onClick={doExport}>{t('options_export')}</button>
        <label class="button" for="import-file">{t('options_import')}</label>
        <input id="import-file" ref={fileInput} class="visually-hidden" type="file" accept="application/json,.json"
          onChange={(e) => void doImport(e.currentTarget)} />
      </div>
      {!confirming ? (
        <button type="button" class="danger" ref={eraseButton} onClick={() => setConfirming(true)}>
          {t('options_erase')}
        </button>
      ) : (
        <div role="group" aria-labelledby="erase-confirm" class="confirm">
          <p id="erase-confirm">{t('options_erase_confirm')}</p>
          <button type="button" class="danger" autoFocus onClick={() => void doErase()}>{t('options_erase_yes')}</button>
          <button type="button" onClick={() => { setConfirming(false); onStatus(t('options_erase_cancelled')); }}>
            {t('options_erase_no')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
