/** Conventions of the rule packs, enforced here rather than in review comments. */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../rules';
import { CATEGORIES, CHECK_IDS, type Lang } from '../../rules/engine/types';
import { parseExample } from './example';

const LANGS: Lang[] = ['fr', 'en'];
const checksDir = fileURLToPath(new URL('../../rules/checks/', import.meta.url));

describe('rule conventions', () => {
  it('has one file per catalog check, named by its id, registered once in catalog order', () => {
    const files = readdirSync(checksDir).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual([...CHECK_IDS].sort());
    expect(CHECKS.map((c) => c.id)).toEqual([...CHECK_IDS]);
  });

  it('loads each file under its own id', async () => {
    for (const id of CHECK_IDS) {
      const mod = await import(`../../rules/checks/${id}.ts`);
      expect(mod.default.id).toBe(id);
    }
  });

  for (const check of CHECKS) {
    describe(check.id, () => {
      it('uses a taxonomy category', () => expect(CATEGORIES).toContain(check.category));

      it('fires somehow: triggers, an absence test or a meta assessment, in both languages', () => {
        for (const lang of LANGS) {
          const spec = check[lang];
          const ways = (spec.triggers?.length ?? 0) + (spec.present?.length ?? 0) + (check.assessFindings ? 1 : 0);
          expect(ways, `${check.id} ${lang}`).toBeGreaterThan(0);
        }
        if (check.kind === 'missing') expect(check.fr.present?.length && check.en.present?.length).toBeTruthy();
      });

      it('has every text in both languages', () => {
        for (const lang of LANGS) {
          for (const [key, value] of Object.entries(check[lang].text)) {
            expect(value.trim().length, `${check.id} ${lang} ${key}`).toBeGreaterThan(10);
          }
        }
        expect(check.fr.text.title).not.toBe(check.en.text.title);
      });

      it('declares the same text variants in both languages, none empty', () => {
        expect(Object.keys(check.fr.variants ?? {}).sort()).toEqual(Object.keys(check.en.variants ?? {}).sort());
        for (const lang of LANGS) {
          for (const [name, variant] of Object.entries(check[lang].variants ?? {})) {
            for (const value of Object.values(variant)) expect(value.trim().length, `${check.id} ${lang} ${name}`).toBeGreaterThan(10);
          }
        }
      });

      it('has at least 3 flagged and 3 clean examples per language, distinct and well marked', () => {
        for (const lang of LANGS) {
          const { flagged, clean } = check[lang].examples;
          expect(flagged.length, `${check.id} ${lang} flagged`).toBeGreaterThanOrEqual(3);
          expect(clean.length, `${check.id} ${lang} clean`).toBeGreaterThanOrEqual(3);
          expect(new Set([...flagged, ...clean]).size).toBe(flagged.length + clean.length);
          const marked = flagged.map(parseExample).filter((e) => e.span).length;
          // Clause-level findings name their quote; absence findings have none.
          if (check.kind !== 'missing' && !check.assessFindings) expect(marked, `${check.id} ${lang}`).toBe(flagged.length);
          for (const c of clean) expect(c).not.toMatch(/[⟦⟧]/);
        }
      });

      it('declares thresholds with a default and labels in both languages', () => {
        for (const t of check.thresholds ?? []) {
          expect(Number.isFinite(t.default)).toBe(true);
          for (const lang of LANGS) expect(t.label[lang].length).toBeGreaterThan(3);
        }
      });
    });
  }

  it('gives each shared threshold name a single default', () => {
    const defaults = new Map<string, number>();
    for (const t of CHECKS.flatMap((c) => c.thresholds ?? [])) {
      if (defaults.has(t.name)) expect(defaults.get(t.name), t.name).toBe(t.default);
      defaults.set(t.name, t.default);
    }
  });
});
