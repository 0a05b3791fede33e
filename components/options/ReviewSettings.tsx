/**
 * How reviews are made: the user's role, the thresholds every check declares (read from the registry, so a new
 * check's threshold appears here by itself), the categories to check, and the interface language.
 */
import { CHECKS } from '../../rules/index';
import type { Threshold } from '../../rules/engine/check';
import { CATEGORIES, type Category, type Role } from '../../rules/engine/types';
import { useT } from '../../lib/i18n';
import type { LanguageSetting, Settings } from '../../lib/storage';

export interface DeclaredThreshold extends Threshold {
  /** The checks that read it. */
  checks: string[];
}

/** Every threshold declared by the checks, once per name, in catalog order. */
export function declaredThresholds(checks = CHECKS): DeclaredThreshold[] {
  const byName = new Map<string, DeclaredThreshold>();
  for (const check of checks) {
    for (const threshold of check.thresholds ?? []) {
      const known = byName.get(threshold.name);
      if (known) known.checks.push(check.id);
      else byName.set(threshold.name, { ...threshold, checks: [check.id] });
    }
  }
  return [...byName.values()];
}

interface Props {
  settings: Settings;
  onChange(next: Settings): void;
}

export function ReviewSettings({ settings, onChange }: Props) {
  const t = useT();
  const thresholds = declaredThresholds();
  const setThreshold = (name: string, fallback: number, raw: string) => {
    const { [name]: _old, ...rest } = settings.thresholds;
    const value = Number(raw);
    // Empty, invalid or equal to the default: no override, so a later change of the default applies.
    const keep = raw.trim() !== '' && Number.isFinite(value) && value >= 0 && value !== fallback;
    onChange({ ...settings, thresholds: keep ? { ...rest, [name]: value } : rest });
  };
  const toggleCategory = (id: Category, on: boolean) => {
    const others = settings.disabledCategories.filter((c) => c !== id);
    onChange({ ...settings, disabledCategories: on ? others : [...others, id] });
  };

  return (
    <>
      <fieldset>
        <legend>{t('options_role')}</legend>
        {(['provider', 'client'] as Role[]).map((role) => (
          <label class="choice" key={role}>
            <input type="radio" name="role" value={role} checked={settings.role === role}
              onChange={() => onChange({ ...settings, role })} />
            {t(`options_role_${role}`)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('options_language')}</legend>
        <label for="language">{t('options_language_label')}</label>
        <select id="language" value={settings.language}
          onChange={(e) => onChange({ ...settings, language: e.currentTarget.value as LanguageSetting })}>
          <option value="auto">{t('options_language_auto')}</option>
          <option value="fr" lang="fr">Français</option>
          <option value="en" lang="en">English</option>
        </select>
      </fieldset>

      <fieldset>
        <legend>{t('options_thresholds')}</legend>
        <p class="hint">{t('options_thresholds_hint')}</p>
        {thresholds.length === 0 && <p>{t('options_thresholds_none')}</p>}
        {thresholds.map((th) => {
          const id = `threshold-${th.name}`;
          const value = settings.thresholds[th.name];
          return (
            <div class="field field--inline" key={th.name}>
              <label for={id}>{th.label[t.lang]}</label>
              <input id={id} type="number" min={0} step="any" value={value ?? th.default}
                aria-describedby={`${id}-help`}
                onChange={(e) => setThreshold(th.name, th.default, e.currentTarget.value)} />
              <span id={`${id}-help`} class="hint">
                {t(`options_unit_${th.unit}`)} · {t('options_threshold_default', [th.default])} · {th.checks.join(', ')}
              </span>
            </div>
          );
        })}
      </fieldset>

      <fieldset>
        <legend>{t('options_categories')}</legend>
        <p class="hint">{t('options_categories_hint')}</p>
        <div class="grid">
          {CATEGORIES.map((id) => (
            <label class="choice" key={id}>
              <input type="checkbox" checked={!settings.disabledCategories.includes(id)}
                onChange={(e) => toggleCategory(id, e.currentTarget.checked)} />
              {t(`common_cat_${id}`)}
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
