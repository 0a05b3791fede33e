/**
 * The first review() in a JavaScript realm pays for compiling several hundred patterns and for the JIT (about
 * five times a warm review). The background reviews every page, so it pays that up front, when the popup
 * opens — not on each wake of the service worker (tab events wake it often), and not while the user waits.
 */
import { CHECKS } from '../rules/index';
import { review } from '../rules/review';
import type { Lang } from '../rules/engine/types';

let warming: Promise<void> | undefined;
let stopped = false;

/** Lets waiting messages run. Not setTimeout(0): nested timeouts are held back 4 ms each after the fifth. */
const yieldToEvents = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/** One short document per check: its flagged examples, so every trigger and assessment runs once. */
export function warmUpTexts(lang: Lang): string[] {
  return CHECKS.map((check) => check[lang].examples.flagged.map((example) => example.replace(/[⟦⟧]/g, '')).join('\n\n'));
}

/**
 * Reviews the warm-up texts once per realm, a check at a time: a review request arriving meanwhile runs
 * between two steps instead of waiting for the whole warm-up.
 */
export function warmEngine(): Promise<void> {
  warming ??= (async () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const text of warmUpTexts(lang)) {
        await yieldToEvents();
        if (stopped) return;
        review(text, { language: lang });
      }
    }
  })();
  return warming;
}

/** A real review has begun: it warms the engine better, and the rest of the warm-up would only delay it. */
export function stopWarming(): void {
  stopped = true;
}
