import type { Job, JobChangeFeed } from '@contentflow/platform';

/**
 * One tenant's job changes as an async iterable. It subscribes when constructed, so nothing published after that
 * is missed, and ends when closed, when `signal` aborts or when the reader stops iterating. Pending changes are
 * kept as the latest state per job: a slow reader gets each job's newest state instead of a growing backlog.
 */
export class JobChangeSubscription implements AsyncIterable<Job> {
  readonly #pending = new Map<string, Job>();
  readonly #unsubscribe: () => void;
  readonly #signal: AbortSignal;
  #wake: (() => void) | undefined;
  #closed = false;

  constructor(feed: JobChangeFeed, tenantId: string, signal: AbortSignal) {
    this.#signal = signal;
    this.#unsubscribe = feed.subscribe(tenantId, (job) => {
      // Deleted first so the job moves to the end: jobs come out in the order of their latest change.
      this.#pending.delete(job.id);
      this.#pending.set(job.id, job);
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
    this.#pending.clear();
    this.#wakeReader();
  };

  async *[Symbol.asyncIterator](): AsyncGenerator<Job> {
    try {
      while (!this.#closed) {
        const next = this.#pending.entries().next();
        if (next.done) {
          await new Promise<void>((resolve) => {
            this.#wake = resolve;
          });
          continue;
        }
        const [id, job] = next.value;
        this.#pending.delete(id);
        yield job;
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
