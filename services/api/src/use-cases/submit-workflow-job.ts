import { ORCHESTRATOR_JOB_RUNNER } from '@contentflow/events';
import { type SubmitJobDeps, type SubmitJobInput, type SubmitJobResult, submitJob } from './submit-job.ts';
import { quoted } from './task-lookup.ts';
import { NotFoundError } from './use-case-errors.ts';

export interface SubmitWorkflowJobInput extends Omit<SubmitJobInput, 'engine' | 'task' | 'input' | 'inputPath'> {
  workflow: string;
  /** The workflow's request, checked against its contract. */
  request: Record<string, unknown>;
}

/**
 * Starts a package: a job whose engine is the orchestrator and whose task is the workflow, accepted exactly as any
 * job is (validation, Idempotency-Key, StartJob command). The request is the whole body, so errors point into it.
 */
export async function submitWorkflowJob(deps: SubmitJobDeps, input: SubmitWorkflowJobInput): Promise<SubmitJobResult> {
  const { workflow, request, ...rest } = input;
  if (!deps.workflows.some((candidate) => candidate.name === workflow)) {
    const known = quoted(deps.workflows.map((candidate) => candidate.name));
    throw new NotFoundError(`there is no workflow "${workflow}"; known workflows: ${known}`);
  }
  return submitJob(deps, { ...rest, engine: ORCHESTRATOR_JOB_RUNNER, task: workflow, input: request, inputPath: [] });
}
