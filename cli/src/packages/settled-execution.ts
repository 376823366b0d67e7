import { setTimeout as sleep } from 'node:timers/promises';
import type { ApiClient } from '../api/api-client.ts';
import type { ExecutionResource } from '../api/api-resources.ts';

/**
 * A finished package's execution with its steps settled. The job can finish a moment before the step tracker has
 * applied the package's verdict (both follow Package.Completed), so while a step of a finished package still reads
 * `running` it is asked again, for a short while.
 */
export async function settledExecution(
  client: ApiClient,
  id: string,
  { timeoutMs = 5_000, intervalMs = 200 } = {},
): Promise<ExecutionResource> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const execution = await client.getExecution(id);
    const unsettled = execution.status === 'succeeded' && execution.steps.some((step) => step.status === 'running');
    if (!unsettled || Date.now() >= deadline) return execution;
    await sleep(intervalMs);
  }
}
