import type { Caption } from '@contentflow/events';

/** A stretch of narration synthesised on its own, with caption timings relative to its start. */
export interface SpokenPart {
  durationSec: number;
  captions: readonly Caption[];
}
