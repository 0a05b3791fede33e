/** The freelancer's identity, used to sign letters. Saved on submit; the SIREN/SIRET is checked first. */
import { useState } from 'preact/hooks';
import { useT } from '../../lib/i18n';
import { checkSiren, compactSiren } from '../../lib/siren';
import type { Profile } from '../../lib/storage';

const FIELDS: Array<{ name: keyof Profile; type: 'text' | 'email' | 'tel' | 'textarea'; autocomplete: string }> = [
  { name: 'name', type: 'text', autocomplete: 'name' },
  { name: 'company', type: 'text', autocomplete: 'organization' },
  { name: 'legalForm', type: 'text', autocomplete: 'off' },
  { name: 'siren', type: 'text', autocomplete: 'off' },
  { name: 'address', type: 'textarea', autocomplete: 'street-address' },
  { name: 'email', type: 'email', autocomplete: 'email' },
  { name: 'phone', type: 'tel', autocomplete: 'tel' },
];

export function ProfileForm({ profile, onSave }: { profile: Profile; onSave(p: Profile): Promise<void> }) {
  const t = useT();
  const [draft, setDraft] = useState<Profile>(profile);
  const [sirenError, setSirenError] = useState<string>();
  const set = (name: keyof Profile, value: string) => setDraft({ ...draft, [name]: value });

  const submit = async (event: Event) => {
    event.preventDefault();
    const check = checkSiren(draft.siren);
    if (check === 'format' || check === 'checksum') {
      setSirenError(t(`options_siren_${check}`));
      (document.getElementById('profile-siren') as HTMLInputElement | null)?.focus();
      return;
    }
    setSirenError(undefined);
    await onSave({ ...draft, siren: compactSiren(draft.siren) });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="profile-title">
      <fieldset>
        <legend id="profile-title">{t('options_profile')}</legend>
        <p class="hint">{t('options_profile_hint')}</p>
        {FIELDS.map(({ name, type, autocomplete }) => {
          const id = `profile-${name}`;
          const invalid = name === 'siren' && sirenError !== undefined;
          return (
            <div class="field" key={name}>
              <label for={id}>{t(`options_profile_${name}`)}</label>
              {type === 'textarea' ? (
                <textarea id={id} rows={3} autocomplete={autocomplete} value={draft[name]}
                  onInput={(e) => set(name, e.currentTarget.value)} />
              ) : (
                <input id={id} name={name} type={type as "text"} autocomplete={autocomplete} value={draft[name]}
                  inputMode={name === 'siren' ? 'numeric' : undefined}
                  aria-invalid={invalid || undefined}
                  aria-describedby={name === 'siren' ? 'profile-siren-help' : undefined}
                  onInput={(e) => set(name, e.currentTarget.value)} />
              )}
              {name === 'siren' && (
                <p id="profile-siren-help" class={invalid ? 'error' : 'hint'}>
                  {sirenError ?? t('options_siren_help')}
                </p>
              )}
            </div>
          );
        })}
        <button type="submit" class="primary">{t('options_profile_save')}</button>
      </fieldset>
    </form>
  );
}
