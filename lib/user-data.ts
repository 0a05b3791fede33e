/**
 * "Export everything", "import" and "erase everything" of the options page, over the items listed in
 * USER_DATA_ITEMS (lib/storage.ts). An import is checked before anything is written: a bad file changes nothing.
 */
import { CATEGORIES } from '../rules/engine/types';
import { USER_DATA_ITEMS, tabReviewsItem } from './storage';

export const EXPORT_FORMAT = 'vigie-user-data';
export const EXPORT_VERSION = 1;

type ItemName = keyof typeof USER_DATA_ITEMS;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  data: Partial<Record<ItemName, unknown>>;
}

export async function exportUserData(now = new Date()): Promise<ExportFile> {
  const data: Partial<Record<ItemName, unknown>> = {};
  for (const [name, item] of Object.entries(USER_DATA_ITEMS) as Array<[ItemName, (typeof USER_DATA_ITEMS)[ItemName]]>) {
    data[name] = await item.getValue();
  }
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), data };
}

/** Locale keys (options_import_error_*) of what is wrong with a file. */
export type ImportError =
  | 'options_import_error_json'
  | 'options_import_error_format'
  | 'options_import_error_version'
  | 'options_import_error_item';

export type ParsedImport = { ok: true; file: ExportFile } | { ok: false; error: ImportError; detail?: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringRecord = (v: unknown) => isRecord(v) && Object.values(v).every((x) => typeof x === 'string');

/** Shape checks of the items whose content the UI relies on; other items must at least be objects. */
const ITEM_CHECKS: Partial<Record<ItemName, (v: unknown) => boolean>> = {
  settings: (v) =>
    isRecord(v) &&
    (v.role === 'provider' || v.role === 'client') &&
    (v.language === 'auto' || v.language === 'fr' || v.language === 'en') &&
    isRecord(v.thresholds) &&
    Object.values(v.thresholds).every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0) &&
    Array.isArray(v.disabledCategories) &&
    v.disabledCategories.every((c) => (CATEGORIES as readonly unknown[]).includes(c)),
  profile: isStringRecord,
  docStates: (v) =>
    isRecord(v) &&
    Object.values(v).every((s) => isRecord(s) && isRecord(s.dismissed) && Array.isArray(s.negotiated)),
  versions: (v) =>
    Array.isArray(v) &&
    v.every((s) => isRecord(s) && typeof s.id === 'string' && typeof s.text === 'string' && isRecord(s.review) && Array.isArray(s.asked)),
  versionLinks: isStringRecord,
  journal: (v) => Array.isArray(v) && v.every((e) => isStringRecord(e) && typeof e.date === 'string' && typeof e.type === 'string'),
};

export function parseUserData(text: string): ParsedImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'options_import_error_json' };
  }
  if (!isRecord(json) || json.format !== EXPORT_FORMAT || !isRecord(json.data)) {
    return { ok: false, error: 'options_import_error_format' };
  }
  if (typeof json.version !== 'number' || json.version > EXPORT_VERSION) {
    return { ok: false, error: 'options_import_error_version' };
  }
  for (const [name, value] of Object.entries(json.data)) {
    if (!(name in USER_DATA_ITEMS)) return { ok: false, error: 'options_import_error_item', detail: name };
    const check = ITEM_CHECKS[name as ItemName] ?? isRecord;
    if (!check(value)) return { ok: false, error: 'options_import_error_item', detail: name };
  }
  return { ok: true, file: json as unknown as ExportFile };
}

/** Replaces the items present in the file; items absent from it are left as they are. */
export async function importUserData(file: ExportFile): Promise<void> {
  for (const [name, value] of Object.entries(file.data) as Array<[ItemName, unknown]>) {
    await (USER_DATA_ITEMS[name] as { setValue(v: unknown): Promise<void> }).setValue(value);
  }
}

/** Removes every stored item, the reviews of open tabs included. */
export async function eraseUserData(): Promise<void> {
  for (const item of Object.values(USER_DATA_ITEMS)) await item.removeValue();
  await tabReviewsItem.removeValue();
}
