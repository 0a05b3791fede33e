import type { Draft } from './types';

/** A template either produces a draft or names the inputs that are missing or out of range. */
export type DraftResult<F extends string> = { ok: true; draft: Draft } | { ok: false; missing: F[] };
