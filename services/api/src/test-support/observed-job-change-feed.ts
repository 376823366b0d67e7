import type { Job, JobChangeFeed, JobChangeListener } from '@contentflow/platform';

/** The real feed, counting live subscriptions so a test can see a stream let go of its own. */
export class ObservedJobChangeFeed implements JobChangeFeed {
  readonly #inner: JobChangeFeed;
  subscriptions = 0;

  constructor(inner: JobChangeFeed) {
    this.#inner = inner;
  }

  publish(job: Job): void {
    this.#inner.publish(job);
  }

  subscribe(tenantId: string, listener: JobChangeListener): () => void {
    this.subscriptions++;
    const unsubscribe = this.#inner.subscribe(tenantId, listener);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.subscriptions--;
      unsubscribe();
    };
  }
}
