import { jobCancelledV1, ORCHESTRATOR_JOB_RUNNER } from '@contentflow/events';
import type { WorkflowEngine } from '../ports/workflow-engine.port.ts';

export interface StopCancelledWorkflowPorts {
  workflows: WorkflowEngine;
}

/**
 * A cancelled workflow job stops its execution (named after the job, so no lookup is needed). Its waiting step's
 * token goes stale; the engine doing that step's work sees the job cancelled and stops too. Stopping an execution
 * that already ended, or never started, changes nothing.
 */
export async function stopCancelledWorkflow(
  detail: unknown,
  ports: StopCancelledWorkflowPorts,
): Promise<'stopped' | 'ignored'> {
  const { data } = jobCancelledV1.parse(detail);
  if (data.engine !== ORCHESTRATOR_JOB_RUNNER) return 'ignored';
  const cause = `job ${data.jobId} was cancelled by ${data.cancelledBy}${data.reason ? `: ${data.reason}` : ''}`;
  await ports.workflows.stop(ports.workflows.executionIdOf(data.task, data.jobId), cause);
  return 'stopped';
}
