import type { JobStatusReader } from './job-status-reader.port.ts';

/** How often a running task's job is read by default: a cancelled render stops within about this long. */
export const DEFAULT_CANCELLATION_CHECK_MS = 2_000;

/** The abort reason a task's signal carries when its job was cancelled. */
export class JobCancelledError extends Error {
  override name = 'JobCancelledError';

  constructor(jobId: string) {
    super(`job ${jobId} was cancelled`);
  }
}

export interface JobCancellationWatchOptions {
  tenantId: string;
  jobId: string;
  intervalMs: number;
  /** A failed read is not a cancellation: the watch keeps going, and says so here. */
  onReadError?: (error: unknown) => void;
}

/**
 * Watches one job's record while an engine works on it, and aborts `signal` once the job is `cancelled`.
 *
 * Polling rather than an event: in AWS a Job.Cancelled delivered to another Lambda invocation cannot reach the one
 * doing the work, whereas the job record can be read from anywhere. Reads never overlap (each is scheduled after
 * the previous one settles), and the timer is unref'd so a watch never keeps a process alive.
 */
export class JobCancellationWatch {
  readonly #controller = new AbortController();
  readonly #reader: JobStatusReader;
  readonly #options: JobCancellationWatchOptions;
  #timer: NodeJS.Timeout | undefined;
  #stopped = false;

  constructor(reader: JobStatusReader, options: JobCancellationWatchOptions) {
    this.#reader = reader;
    this.#options = options;
  }

  /** Aborted (with a JobCancelledError) once a read finds the job cancelled. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get cancelled(): boolean {
    return this.#controller.signal.aborted;
  }

  /** Reads the job once now; true when it is cancelled (the signal is then aborted too). */
  async check(): Promise<boolean> {
    const { tenantId, jobId } = this.#options;
    const job = await this.#reader.get(tenantId, jobId);
    if (job?.status === 'cancelled' && !this.cancelled) this.#controller.abort(new JobCancelledError(jobId));
    return this.cancelled;
  }

  /** Starts reading every `intervalMs` until `stop()` or a cancellation. */
  start(): void {
    this.#schedule();
  }

  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
  }

  #schedule(): void {
    if (this.#stopped || this.cancelled) return;
    this.#timer = setTimeout(() => {
      this.check().then(
        () => this.#schedule(),
        (error: unknown) => {
          this.#options.onReadError?.(error);
          this.#schedule();
        },
      );
    }, this.#options.intervalMs);
    this.#timer.unref();
  }
}
