/**
 * Calendar dates as ISO strings (YYYY-MM-DD). Arithmetic is done in UTC so that adding days never drifts
 * across daylight-saving changes; letters show the date in words ("le 9 décembre 2026").
 */
import type { Lang } from '../rules/engine/types';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTHS: Record<Lang, string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** The local calendar date of `now` (the user's day, not UTC's). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function parts(value: string): [number, number, number] | null {
  const m = ISO.exec(value);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

export function isIsoDate(value: string): boolean {
  const p = parts(value);
  if (!p) return false;
  const d = new Date(Date.UTC(p[0], p[1] - 1, p[2]));
  return d.getUTCFullYear() === p[0] && d.getUTCMonth() === p[1] - 1 && d.getUTCDate() === p[2];
}

function parse(iso: string): Date {
  const p = parts(iso);
  if (!p || !isIsoDate(iso)) throw new RangeError(`Not an ISO date: ${iso}`);
  return new Date(Date.UTC(p[0], p[1] - 1, p[2]));
}

export function addDays(iso: string, days: number): string {
  const d = parse(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** "9 décembre 2026", "1er décembre 2026" / "9 December 2026" (callers add "le" where French needs it). */
export function formatLongDate(iso: string, lang: Lang): string {
  const d = parse(iso);
  const day = d.getUTCDate();
  const dayText = lang === 'fr' && day === 1 ? '1er' : String(day);
  return `${dayText} ${MONTHS[lang][d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
