/**
 * Translations from the bundled public/_locales/{fr,en}/messages.json, in the language chosen in the options
 * or the browser's UI language when 'auto' (English when it is neither French nor English).
 * We read the JSON ourselves instead of browser.i18n.getMessage because the latter cannot switch language.
 * UI components take the translator from I18nContext so a language change re-renders them.
 */
import { createContext } from 'preact';
import { browser } from 'wxt/browser';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Lang } from '../rules/engine/types';
import { createTranslator, type Substitutions, type Translator } from './translate';
import { settingsItem, type LanguageSetting } from './storage';

export * from './translate';

/** The language to show: the setting, or the browser's UI language when 'auto'. */
export function resolveLanguage(setting: LanguageSetting, uiLanguage: string | undefined): Lang {
  if (setting !== 'auto') return setting;
  return uiLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The browser's interface language (what 'auto' follows), or navigator.language where the API is missing. */
export function browserUiLanguage(): string | undefined {
  try {
    const ui = browser.i18n.getUILanguage();
    if (ui) return ui;
  } catch {
    // Not an extension context (unit tests): fall back to the page's idea of the language.
  }
  return globalThis.navigator?.language;
}

let current: Translator = createTranslator(resolveLanguage('auto', browserUiLanguage()));

/** Translate with the process-wide language (background, content script). UI code uses useT(). */
export function t(key: string, subs?: Substitutions): string {
  return current(key, subs);
}

/** Reads the language setting and makes t() follow it. Returns the translator now in use. */
export async function loadLanguage(): Promise<Translator> {
  const { language } = await settingsItem.getValue();
  current = createTranslator(resolveLanguage(language, browserUiLanguage()));
  return current;
}

export const I18nContext = createContext<Translator>(current);

export function useT(): Translator {
  return useContext(I18nContext);
}

/** A translator that follows the language setting live (for the root component of each extension page). */
export function useSettingsTranslator(): Translator | null {
  const [translator, setTranslator] = useState<Translator | null>(null);
  useEffect(() => {
    const apply = (language: LanguageSetting) => {
      const next = createTranslator(resolveLanguage(language, browserUiLanguage()));
      current = next;
      document.documentElement.lang = next.lang;
      setTranslator(() => next);
    };
    void settingsItem.getValue().then((s) => apply(s.language));
    return settingsItem.watch((s) => apply(s.language));
  }, []);
  return translator;
}
