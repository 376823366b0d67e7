import { setTimeout as sleep } from 'node:timers/promises';
import type { ArchivedEventEntry, EventArchiveReader } from '@contentflow/platform';

export interface FollowArchiveOptions {
  /** From the start of the archive, events whose own time is at or after this; without it, only events to come. */
  since?: Date;
  /** Ends the following; the generator then returns. */
  signal: AbortSignal;
  /** How long to wait before looking again once every archived event has been read. */
  pollIntervalMs?: number;
  /** Events read per query. */
  batchSize?: number;
}

/**
 * The archive's events as they are archived, until `signal` aborts. The archive lives in a file shared with the
 * running system, which has no way to notify another process, so it is polled; a full batch is followed at once.
 */
export async function* followArchive(
  reader: Pick<EventArchiveReader, 'listArchivedEvents' | 'latestSequence'>,
  { since, signal, pollIntervalMs = 200, batchSize = 500 }: FollowArchiveOptions,
): AsyncGenerator<ArchivedEventEntry> {
  let after = since ? 0 : reader.latestSequence();
  while (!signal.aborted) {
    const entries = reader.listArchivedEvents({ after, limit: batchSize, ...(since ? { since } : {}) });
    for (const entry of entries) {
      yield entry;
      after = entry.sequence;
      if (signal.aborted) return;
    }
    if (entries.length < batchSize) {
      await sleep(pollIntervalMs, undefined, { signal }).catch(() => undefined);
    }
  }
}
