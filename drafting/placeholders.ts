/**
 * Placeholders mark what only the user can fill in. They are visible in the text (so an edited draft keeps
 * them) and any that remain block the export.
 */
import type { Lang } from '../rules/engine/types';

export function placeholder(lang: Lang, label: string): string {
  return lang === 'fr' ? `«[à compléter : ${label}]»` : `[to complete: ${label}]`;
}

// Tolerant of the guillemets or the space before the colon being removed while editing.
const PLACEHOLDER = /«?\[(?:à compléter|to complete)\s*:\s*([^\]]*)\]»?/gi;

/** Labels of the placeholders still present in `text`, in order. */
export function findPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => (m[1] ?? '').trim());
}

/** `value` trimmed, or a placeholder when it is empty. */
export function orPlaceholder(value: string | undefined, lang: Lang, label: string): string {
  const v = value?.trim();
  return v ? v : placeholder(lang, label);
}

/** Bracketed fill-ins of the checks' suggested wording ("[ville du Prestataire]") become marked placeholders. */
export function markFillIns(text: string, lang: Lang): string {
  return text.replace(/«?\[(?!à compléter|to complete)([^\][]*\p{L}[^\][]*)\]»?/gu, (whole, label: string) =>
    whole.startsWith('«') ? whole : placeholder(lang, label.trim()),
  );
}
