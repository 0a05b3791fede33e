/**
 * The engine off the viewer's main thread: reviewing a 500-page contract takes seconds, and the pages must
 * keep scrolling meanwhile. Same pure review() as everywhere else; one request at a time, answered by id.
 */
import { review } from '../../rules/review';
import type { Review, ReviewOptions } from '../../rules/engine/types';

export interface ReviewRequest {
  id: number;
  text: string;
  options: ReviewOptions;
}
export type ReviewAnswer = { id: number; review: Review } | { id: number; error: string };

self.onmessage = (event: MessageEvent<ReviewRequest>) => {
  const { id, text, options } = event.data;
  try {
    (self as unknown as Worker).postMessage({ id, review: review(text, options) } satisfies ReviewAnswer);
  } catch (error) {
    (self as unknown as Worker).postMessage({ id, error: String((error as Error)?.message ?? error) } satisfies ReviewAnswer);
  }
};
