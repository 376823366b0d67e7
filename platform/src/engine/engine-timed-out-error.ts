import { TaskError } from './task-error.ts';

/** The code of a Job.Failed whose engine ran out of invocation time. */
export const ENGINE_TIMED_OUT = 'ENGINE_TIMED_OUT';

/**
 * The abort reason of a task stopped because its invocation was about to time out. Retryable: the work was sound,
 * the time short, and a workflow step's retry (`Engine.Retryable`) runs in a fresh invocation with its full time.
 */
export class EngineTimedOutError extends TaskError {
  override name = 'EngineTimedOutError';

  constructor(marginMs: number) {
    super(
      ENGINE_TIMED_OUT,
      `the engine stopped ${(marginMs / 1000).toFixed(1)} s before its invocation timed out, leaving the job unfinished`,
      { retryable: true },
    );
  }
}
