import type { AnalyzeTextInput, AnalyzeTextOutput } from '@contentflow/events/text-analysis';
import { Piscina } from 'piscina';
import type { TextAnalyzer } from './text-analyzer.port.ts';

const WORKER = new URL('./analyze-text.worker.ts', import.meta.url).href;

/** An idle thread is stopped after this long, giving its memory back; the next analysis starts one again. */
const IDLE_TIMEOUT_MS = 30_000;

/**
 * Runs analyses on worker threads. The NLP is pure CPU work of a few milliseconds per kilobyte; on the main
 * thread it would hold up everything else the process serves (the local system runs the API, queue, bus and
 * every engine in one process), while here it uses another core.
 */
export class WorkerPoolTextAnalyzer implements TextAnalyzer {
  readonly #pool: Piscina<AnalyzeTextInput, AnalyzeTextOutput>;

  constructor({ threads }: { threads: number }) {
    this.#pool = new Piscina({
      filename: WORKER,
      minThreads: 0,
      maxThreads: threads,
      idleTimeout: IDLE_TIMEOUT_MS,
      resourceLimits: { maxYoungGenerationSizeMb: 4 },
    });
  }

  analyze(input: AnalyzeTextInput): Promise<AnalyzeTextOutput> {
    return this.#pool.run(input);
  }

  /** How many analyses the pool has finished (for tests and diagnostics). */
  get completed(): number {
    return this.#pool.completed;
  }

  /** Stops the threads; analyses still queued are rejected. */
  close(): Promise<void> {
    return this.#pool.destroy();
  }
}
