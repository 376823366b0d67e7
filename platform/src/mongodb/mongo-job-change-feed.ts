import { setTimeout as sleep } from 'node:timers/promises';
import type { ResumeToken } from 'mongodb';
import type { Job } from '../domain/job.ts';
import { InProcessJobChangeFeed } from '../local/job-change-feed/in-process-job-change-feed.ts';
import type { JobChangeFeed, JobChangeListener } from '../ports/job-change-feed.port.ts';
import type { JobChangeStream, JobChangeStreamSource } from './job-change-stream-source.ts';
import { jobFromDocument } from './job-document.ts';

/** Something went wrong between the change stream and the subscribers; the feed reports it and carries on. */
export class JobChangeFeedError extends Error {
  override name = 'JobChangeFeedError';
}

export interface MongoJobChangeFeedOptions {
  source: JobChangeStreamSource;
  /** How long to wait before reopening after the n-th failure in a row (from 1). Default: 250 ms doubling to 30 s. */
  retryDelayMs?: (failures: number) => number;
  /** Where stream failures go; they never stop the feed. Default: console.error (the container's log). */
  onError?: (error: JobChangeFeedError) => void;
}

const defaultRetryDelayMs = (failures: number): number => Math.min(250 * 2 ** (failures - 1), 30_000);

/**
 * Job changes as MongoDB records them, whoever wrote them (on AWS the trackers are Lambdas, not this process).
 * One change stream per feed, opened at the first subscription (or `open()`), so processes that only write jobs
 * never hold one; its changes go to subscribers through an in-process feed, with the same per-tenant dispatch.
 * After a failure it reopens after the last change it delivered, so a brief outage loses nothing.
 */
export class MongoJobChangeFeed implements JobChangeFeed {
  readonly #subscribers = new InProcessJobChangeFeed();
  readonly #source: JobChangeStreamSource;
  readonly #retryDelayMs: (failures: number) => number;
  readonly #onError: (error: JobChangeFeedError) => void;
  readonly #closing = new AbortController();
  #resumeToken: ResumeToken | undefined;
  #stream: JobChangeStream | undefined;
  #firstAttempt: Promise<void> | undefined;
  #listening: Promise<void> | undefined;

  constructor(options: MongoJobChangeFeedOptions) {
    this.#source = options.source;
    this.#retryDelayMs = options.retryDelayMs ?? defaultRetryDelayMs;
    this.#onError = options.onError ?? ((error) => console.error('job change feed:', error));
  }

  /**
   * Does nothing: every write, this process's included, comes back through the change stream, so delivering it
   * here as well would deliver it twice.
   */
  publish(_job: Job): void {}

  subscribe(tenantId: string, listener: JobChangeListener): () => void {
    void this.open();
    return this.#subscribers.subscribe(tenantId, listener);
  }

  open(): Promise<void> {
    if (this.#firstAttempt === undefined) {
      if (this.#closing.signal.aborted) return Promise.resolve();
      const attempted = Promise.withResolvers<void>();
      this.#firstAttempt = attempted.promise;
      this.#listening = this.#listen(attempted.resolve);
    }
    return this.#firstAttempt;
  }

  /** Closes the change stream and waits for the feed to stop; subscribers hear nothing more. */
  async close(): Promise<void> {
    this.#closing.abort();
    await this.#stream?.close();
    await this.#listening;
  }

  /** Opens the stream and delivers its changes until the feed closes, reopening after every failure. */
  async #listen(attempted: () => void): Promise<void> {
    let failures = 0;
    while (!this.#closing.signal.aborted) {
      let ended = false;
      let cause: unknown;
      try {
        await this.#deliverStream(attempted, () => {
          failures = 0;
        });
        ended = true;
      } catch (error) {
        cause = error;
      }
      if (this.#closing.signal.aborted) return;
      attempted();
      failures += 1;
      const delayMs = this.#retryDelayMs(failures);
      // A stream ends by itself only when invalidated (the collection dropped or renamed): its token leads nowhere.
      if (ended || this.#source.isResumePointLost(cause)) this.#resumeToken = undefined;
      this.#onError(
        ended
          ? new JobChangeFeedError(`the jobs change stream ended by itself; reopening from now in ${delayMs} ms`)
          : new JobChangeFeedError(`the jobs change stream failed; reopening in ${delayMs} ms`, { cause }),
      );
      await sleep(delayMs, undefined, { signal: this.#closing.signal }).catch(() => undefined);
    }
  }

  async #deliverStream(opened: () => void, received: () => void): Promise<void> {
    const stream = await this.#source.open(this.#resumeToken);
    this.#stream = stream;
    try {
      // Closed while opening: close() found no stream to close, so this one is closed here.
      if (this.#closing.signal.aborted) return;
      opened();
      for await (const change of stream) {
        received();
        this.#resumeToken = change.resumeToken;
        if (change.document !== null) this.#deliver(jobFromDocument(change.document));
      }
    } finally {
      this.#stream = undefined;
      await stream.close();
    }
  }

  #deliver(job: Job): void {
    try {
      this.#subscribers.publish(job);
    } catch (error) {
      // A failing listener must not stop the stream for everyone else.
      this.#onError(new JobChangeFeedError(`a job change listener failed on job ${job.id}`, { cause: error }));
    }
  }
}
