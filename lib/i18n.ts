/**
 * Translations from the bundled public/_locales/{fr,en}/messages.json, in the language chosen in the options
 * or the browser's UI language when 'auto' (English when it is neither French nor English).
 * We read the JSON ourselves instead of browser.i18n.getMessage because the latter cannot switch language.
 * UI components take the translator from I18nContext so a language change re-renders them.
 */
import { createContext } from 'preact';
import { browser } from 'wxt/browser';
import { useContext, useEffect, useState } from 'preact/hooks';
import fr from '../public/_locales/fr/messages.json';
import en from '../public/_locales/en/messages.json';
import type { Lang } from '../rules/engine/types';
import { settingsItem, type LanguageSetting } from './storage';

interface LocaleEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}
type LocaleMessages = Record<string, LocaleEntry>;

export const MESSAGES: Record<Lang, LocaleMessages> = { fr, en } as Record<Lang, LocaleMessages>;

export type Substitutions = string | number | ReadonlyArray<string | number>;

export interface Translator {
  lang: Lang;
  /** The message for `key`; `$1`… and named placeholders are replaced by `subs`. Unknown keys return the key. */
  (key: string, subs?: Substitutions): string;
  /**
   * Count-dependent message: `${base}_zero` for 0 when it exists, otherwise `${base}_${plural category}`
   * (one/other), with the count as $1.
   */
  plural(base: string, count: number, extra?: ReadonlyArray<string | number>): string;
  /** True when `key` exists in this language. */
  has(key: string): boolean;
}

export function format(entry: LocaleEntry, subs: ReadonlyArray<string | number>): string {
  let text = entry.message;
  if (entry.placeholders) {
    for (const [name, { content }] of Object.entries(entry.placeholders)) {
      const value = content.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
      text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), () => value);
    }
  }
  return text.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? '')).replace(/\$\$/g, '$');
}

/**
 * Browsers accept only [A-Za-z0-9_@] in message names (one bad name and Chrome refuses to load the extension), so
 * keys built from ids with hyphens, e.g. t(`common_cat_${category}`), are looked up with underscores.
 */
export function messageName(key: string): string {
  return key.replace(/-/g, '_');
}

export function createTranslator(lang: Lang): Translator {
  const messages = MESSAGES[lang];
  const rules = new Intl.PluralRules(lang);
  const translate = ((rawKey: string, subs?: Substitutions) => {
    const key = messageName(rawKey);
    const entry = messages[key] ?? MESSAGES.en[key];
    if (!entry) return key;
    const list = subs === undefined ? [] : typeof subs === 'object' ? subs : [subs];
    return format(entry, list);
  }) as Translator;
  translate.lang = lang;
  translate.has = (key) => messageName(key) in messages;
  translate.plural = (base, count, extra = []) => {
    const zero = `${base}_zero`;
    const key = count === 0 && zero in messages ? zero : `${base}_${rules.select(count)}`;
    return translate(key in messages ? key : `${base}_other`, [count, ...extra]);
  };
  return translate;
}

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
