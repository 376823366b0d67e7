import type { Job, JobChangeFeed } from '@contentflow/platform';

/** A pending change; `job` is replaced while it only moves progress on. */
interface PendingChange {
  job: Job;
}

/** What a reader must see change by change: the job's status and each step's. Progress alone may skip ahead. */
function milestone(job: Job): string {
  return [job.status, ...job.steps.map((step) => `${step.name}:${step.status}`)].join(' ');
}

/**
 * One tenant's job changes as an async iterable. It subscribes when constructed, so nothing published after that
 * is missed, and ends when closed, when `signal` aborts or when the reader stops iterating. Changes come out in
 * the order they were made, every status and step change included (several can be told at once: a write group
 * commits them together); a change that only moves a job's progress replaces that job's pending one, so a slow
 * reader gets the newest progress rather than a growing backlog.
 */
export class JobChangeSubscription implements AsyncIterable<Job> {
  readonly #pending: PendingChange[] = [];
  /** Each job's newest pending change, which a progress-only change may replace. */
  readonly #newest = new Map<string, PendingChange>();
  readonly #unsubscribe: () => void;
  readonly #signal: AbortSignal;
  #wake: (() => void) | undefined;
  #closed = false;

  constructor(feed: JobChangeFeed, tenantId: string, signal: AbortSignal) {
    this.#signal = signal;
    this.#unsubscribe = feed.subscribe(tenantId, (job) => {
      const newest = this.#newest.get(job.id);
      if (newest && milestone(newest.job) === milestone(job)) {
        newest.job = job;
      } else {
        const change = { job };
        this.#pending.push(change);
        this.#newest.set(job.id, change);
      }
      this.#wakeReader();
    });
    if (signal.aborted) this.close();
    else signal.addEventListener('abort', this.close, { once: true });
  }

  readonly close = (): void => {
    if (this.#closed) return;
    this.#closed = true;
    this.#unsubscribe();
    this.#signal.removeEventListener('abort', this.close);
    this.#pending.length = 0;
    this.#newest.clear();
    this.#wakeReader();
  };

  async *[Symbol.asyncIterator](): AsyncGenerator<Job> {
    try {
      while (!this.#closed) {
        const change = this.#pending.shift();
        if (change === undefined) {
          await new Promise<void>((resolve) => {
            this.#wake = resolve;
          });
          continue;
        }
        if (this.#newest.get(change.job.id) === change) this.#newest.delete(change.job.id);
        yield change.job;
      }
    } finally {
      this.close();
    }
  }

  #wakeReader(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}
