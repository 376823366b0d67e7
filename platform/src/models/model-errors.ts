import { TaskError } from '../engine/task-error.ts';

/**
 * How a model call can fail, and whether running the job again may help: throttling and outages pass, a rejected
 * request or an answer that failed validation twice will not. Asynchronous generations (video) can also fail after
 * being accepted (the model's own verdict, e.g. a content filter) or outlast the wait a job can afford.
 */
const RETRYABLE = {
  MODEL_OUTPUT_INVALID: false,
  MODEL_THROTTLED: true,
  MODEL_UNAVAILABLE: true,
  MODEL_REQUEST_REJECTED: false,
  MODEL_REQUIRED: false,
  MODEL_GENERATION_FAILED: false,
  MODEL_TIMED_OUT: true,
} as const;

export type ModelErrorCode = keyof typeof RETRYABLE;

/** A model provider's failure; a TaskError, so a job fails with its code rather than INTERNAL_ERROR. */
export class ModelError extends TaskError {
  override name = 'ModelError';
  declare readonly code: ModelErrorCode;

  constructor(code: ModelErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(code, message, { retryable: RETRYABLE[code], cause: options.cause });
  }
}

/** The model's answer did not match the schema, even after being shown what was wrong. */
export class ModelOutputInvalidError extends ModelError {
  override name = 'ModelOutputInvalidError';
  /** `path: message` per problem in the last answer. */
  readonly issues: readonly string[];

  constructor(message: string, issues: readonly string[]) {
    super('MODEL_OUTPUT_INVALID', `${message}: ${issues.join('; ')}`.slice(0, 2000));
    this.issues = issues;
  }
}
