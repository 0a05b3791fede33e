/** The options page: profile, review settings, data. Every change is saved at once and announced. */
import { useEffect, useState } from 'preact/hooks';
import { I18nContext, useSettingsTranslator } from '../../lib/i18n';
import { profileItem, settingsItem, type Profile, type Settings } from '../../lib/storage';
import { DataSection } from './DataSection';
import { ProfileForm } from './ProfileForm';
import { ReviewSettings } from './ReviewSettings';

export function OptionsApp() {
  const t = useSettingsTranslator();
  const [settings, setSettings] = useState<Settings>();
  const [profile, setProfile] = useState<Profile>();
  const [status, setStatus] = useState<{ message: string; error: boolean }>();

  useEffect(() => {
    void settingsItem.getValue().then(setSettings);
    void profileItem.getValue().then(setProfile);
    const unwatchSettings = settingsItem.watch(setSettings);
    // An import or an erase replaces the profile under the form: remount it with the new values.
    const unwatchProfile = profileItem.watch(setProfile);
    return () => {
      unwatchSettings();
      unwatchProfile();
    };
  }, []);

  useEffect(() => {
    if (t) document.title = t('options_title');
  }, [t]);

  if (!t || !settings || !profile) return null;
  const announce = (message: string, error = false) => setStatus({ message, error });

  return (
    <I18nContext.Provider value={t}>
      <main class="options">
        <h1>{t('options_title')}</h1>
        <p class="hint">{t('options_intro')}</p>
        <div role="status" aria-live="polite" class={status?.error ? 'status status--error' : 'status'}>
          {status?.message}
        </div>
        <ProfileForm key={JSON.stringify(profile)} profile={profile}
          onSave={async (next) => {
            await profileItem.setValue(next);
            announce(t('options_profile_saved'));
          }} />
        <ReviewSettings settings={settings}
          onChange={(next) => {
            setSettings(next);
            void settingsItem.setValue(next).then(() => announce(t('options_saved')));
          }} />
        <DataSection onStatus={announce} />
      </main>
    </I18nContext.Provider>
  );
}
