/**
 * Every user-visible string exists in both languages: same keys in fr and en, no empty message, names the
 * browsers accept, and every literal t('key') / plural('base') in the source resolves.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator, messageName, resolveLanguage } from '../../lib/i18n';

const ROOT = resolve(import.meta.dirname, '../..');
const load = (lang: string) =>
  JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const fr = load('fr');
const en = load('en');

const SOURCE_DIRS = ['entrypoints', 'components', 'lib', 'hosts', 'drafting', 'tracking'];

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Literal keys passed to a translator: t('x'), t("x"), env.t('x'), t.plural('x', n) (→ x_one, x_other). */
export function usedKeys(source: string): Array<{ key: string; plural: boolean }> {
  const found: Array<{ key: string; plural: boolean }> = [];
  for (const m of source.matchAll(/\bt\(\s*(['"])([A-Za-z][\w@-]*)\1/g)) found.push({ key: m[2]!, plural: false });
  for (const m of source.matchAll(/\.plural\(\s*(['"])([A-Za-z][\w@-]*)\1/g)) found.push({ key: m[2]!, plural: true });
  return found;
}

describe('locales', () => {
  it('fr and en have the same keys', () => {
    expect(Object.keys(fr).filter((k) => !(k in en))).toEqual([]);
    expect(Object.keys(en).filter((k) => !(k in fr))).toEqual([]);
  });

  it('has no empty message', () => {
    const empty = [...Object.entries(fr), ...Object.entries(en)].filter(([, v]) => !v.message?.trim()).map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('uses only message names browsers accept (Chrome refuses to load the extension otherwise)', () => {
    expect(Object.keys(fr).filter((k) => !/^[A-Za-z0-9_@]+$/.test(k))).toEqual([]);
  });

  it('names the extension and describes it in both languages', () => {
    for (const messages of [fr, en]) {
      expect(messages.extName?.message).toBeTruthy();
      expect(messages.extDescription?.message.length).toBeLessThanOrEqual(132); // Chrome Web Store limit
    }
  });

  it('every t(\'key\') used in the source exists', () => {
    const missing: string[] = [];
    for (const dir of SOURCE_DIRS) {
      for (const file of sourceFiles(join(ROOT, dir))) {
        for (const { key, plural } of usedKeys(readFileSync(file, 'utf8'))) {
          const names = plural ? [`${key}_other`] : [key];
          for (const name of names) if (!(messageName(name) in fr)) missing.push(`${relative(ROOT, file)}: ${name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('the scanner finds keys (a scanner finding nothing would pass vacuously)', () => {
    expect(usedKeys(`t('popup_review'); env.t("host_x", [1]); t.plural('popup_count_unit', n)`)).toEqual([
      { key: 'popup_review', plural: false },
      { key: 'host_x', plural: false },
      { key: 'popup_count_unit', plural: true },
    ]);
  });
});

describe('translator', () => {
  it('says the count in words, singular and plural, and zero in full', () => {
    const tfr = createTranslator('fr');
    const ten = createTranslator('en');
    expect(tfr.plural('popup_count_unit', 1)).toBe('point déséquilibré');
    expect(tfr.plural('popup_count_unit', 17)).toBe('points déséquilibrés');
    expect(ten.plural('popup_count_unit', 1)).toBe('unbalanced point');
    expect(ten.plural('popup_count_unit', 17)).toBe('unbalanced points');
    expect(tfr('popup_count_zero')).toBe('Aucun point déséquilibré');
  });

  it('substitutes $1 and reads category ids with hyphens', () => {
    const t = createTranslator('en');
    expect(t('options_threshold_default', [12])).toBe('default: 12');
    expect(t('common_cat_non-compete')).toBe('Non-compete');
    expect(createTranslator('fr')('common_cat_intellectual-property')).toBe('Propriété intellectuelle');
  });

  it('follows the browser unless the options choose, English when the browser speaks neither', () => {
    expect(resolveLanguage('auto', 'fr-CA')).toBe('fr');
    expect(resolveLanguage('auto', 'en-GB')).toBe('en');
    expect(resolveLanguage('auto', 'de-DE')).toBe('en');
    expect(resolveLanguage('fr', 'en-US')).toBe('fr');
    expect(resolveLanguage('en', 'fr-FR')).toBe('en');
  });
});
