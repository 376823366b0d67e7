/**
 * A failure the task understands (bad input it could only detect while working, a provider refusing, a
 * limit): it becomes Job.Failed with this code. Anything else is reported as INTERNAL_ERROR.
 */
export class TaskError extends Error {
  override name = 'TaskError';
  readonly code: string;
  readonly retryable: boolean;

  constructor(code: string, message: string, options: { retryable?: boolean; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable ?? false;
  }
}
