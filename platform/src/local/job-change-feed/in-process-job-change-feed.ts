import { EventEmitter } from 'node:events';
import type { Job } from '../../domain/job.ts';
import type { JobChangeFeed, JobChangeListener } from '../../ports/job-change-feed.port.ts';

export interface InProcessJobChangeFeedOptions {
  /** Defers telling a change until the write that made it is committed (a WriteGroup's `afterCommit`). */
  afterCommit?: (listener: () => void) => void;
}

/** One emitter channel per tenant, so a listener is never even called with another tenant's job. */
export class InProcessJobChangeFeed implements JobChangeFeed {
  readonly #emitter = new EventEmitter();
  readonly #afterCommit: (listener: () => void) => void;

  constructor(options: InProcessJobChangeFeedOptions = {}) {
    // Every open SSE connection is a listener; there is no fixed small number to warn about.
    this.#emitter.setMaxListeners(0);
    this.#afterCommit = options.afterCommit ?? ((listener) => listener());
  }

  publish(job: Job): void {
    this.#afterCommit(() => this.#emitter.emit(job.tenantId, job));
  }

  subscribe(tenantId: string, listener: JobChangeListener): () => void {
    this.#emitter.on(tenantId, listener);
    return () => this.#emitter.off(tenantId, listener);
  }
}
