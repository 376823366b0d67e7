import { TaskError } from '@contentflow/platform';

/**
 * The offline templates ran out: fewer distinct results are left than were asked for (once the tenant's history
 * and near-duplicates are out). Asking for fewer, or configuring a model, helps; running the job again does not.
 * `what` completes "the offline templates have 7 distinct …".
 */
export function offlineExhausted(available: number, what: string): TaskError {
  return new TaskError(
    'IDEAS_EXHAUSTED',
    `the offline templates have ${available} distinct ${what}; ask for ${available} or fewer, ` +
      'or set CONTENTFLOW_TEXT_PROVIDER to bedrock or openai for a model',
    { retryable: false },
  );
}
