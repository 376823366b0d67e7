import type { TextGenerator } from '@contentflow/platform';
import type { ContentHistory } from './history/content-history.port.ts';

/** What the creative tasks need besides their input: resolved once per process, on the first job. */
export interface CreativeEngineDependencies {
  /** Writes the ideas: offline templates, or a model. */
  writer: TextGenerator;
  /** The tenant's past content and engagement, read only (results are stored by the runner's own ports). */
  history: ContentHistory;
  /** Today, for ideas without a date and series without a start. */
  now(): Date;
}

/** `YYYY-MM-DD` of a moment, in UTC, plus `days`. */
export function isoDay(moment: Date, days = 0): string {
  return new Date(moment.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}
