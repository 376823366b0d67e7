import type { ExecutionResource } from '../api/api-resources.ts';
import { CliError, EXIT_FAILURE } from '../cli-error.ts';

/** Throws unless the package finished with every step done or deliberately skipped. */
export function assertComplete(execution: ExecutionResource): void {
  const { id, status } = execution;
  if (status === 'cancelled') throw new CliError(`package ${id} was cancelled`, EXIT_FAILURE);
  if (status === 'failed') {
    const reason = execution.error ? `: ${execution.error.code}: ${execution.error.message}` : '';
    throw new CliError(`package ${id} failed${reason}`, EXIT_FAILURE);
  }
  if (status !== 'succeeded') throw new CliError(`package ${id} is still ${status}`, EXIT_FAILURE);
  const failed = execution.steps.filter((step) => step.status === 'failed');
  if (failed.length > 0) {
    const steps = failed.map((step) => (step.error ? `${step.name} (${step.error.code})` : step.name)).join(', ');
    throw new CliError(
      `package ${id} is partial: ${steps} failed; the other steps' content is listed above`,
      EXIT_FAILURE,
    );
  }
}
