/**
 * French / English detection by counting each language's function words. Per document and per section
 * (bilingual contracts put the languages in different sections); the caller can force a language.
 */
import type { Lang } from './types';

// Words frequent in one language and absent from the other (no "on", "a", "de" clashes with English).
const WORDS_RE =
  /(?<![\p{L}'])(?:(?<fr>le|la|les|des|du|et|est|sont|une|pour|par|dans|sur|au|aux|qui|que|ne|pas|cette|sera|doit|peut|être|avec|ou|ses|leur|entre|tout|toute)|(?<en>the|and|of|to|is|are|be|shall|will|by|for|with|this|that|any|or|which|may|such|its|their|from|under|all|each))(?![\p{L}'])/giu;

/** Function-word counts of a text. */
export function languageScores(text: string): { fr: number; en: number } {
  let fr = 0;
  let en = 0;
  WORDS_RE.lastIndex = 0;
  for (let m = WORDS_RE.exec(text); m; m = WORDS_RE.exec(text)) {
    if (m.groups!.fr !== undefined) fr++;
    else en++;
  }
  return { fr, en };
}

/** The language of the counts; French wins ties (French contracts first), `fallback` when there is no signal. */
export function languageOf(scores: { fr: number; en: number }, fallback: Lang = 'fr'): Lang {
  if (scores.fr === 0 && scores.en === 0) return fallback;
  return scores.en > scores.fr ? 'en' : 'fr';
}

export function detectLanguage(text: string): Lang {
  return languageOf(languageScores(text));
}
