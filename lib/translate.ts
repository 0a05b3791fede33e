/**
 * Translators over the bundled public/_locales/{fr,en}/messages.json, without any browser API, so the command
 * line and the tests use the very messages the extension shows. lib/i18n.ts adds the language setting and Preact.
 */
import fr from '../public/_locales/fr/messages.json';
import en from '../public/_locales/en/messages.json';
import type { Lang } from '../rules/engine/types';

export interface LocaleEntry {
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
