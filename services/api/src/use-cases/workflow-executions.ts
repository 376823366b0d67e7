import { ORCHESTRATOR_JOB_RUNNER, type WorkflowContract } from '@contentflow/events';
import { JOB_CANCELLED, type Job, type JobRepository, type JobStep } from '@contentflow/platform';
import type { VerifiedPrincipal } from '../auth/token-service.ts';
import { type CancelJobDeps, type CancelJobOptions, cancelJob } from './cancel-job.ts';
import { getJob } from './get-job.ts';
import { NotFoundError } from './use-case-errors.ts';
import { isFinished } from './watch-jobs.ts';

/** A step as a reader sees it: besides what was recorded, `pending` (not reached yet) and `cancelled`. */
export const EXECUTION_STEP_STATUSES = ['pending', 'running', 'succeeded', 'failed', 'skipped', 'cancelled'] as const;
export type ExecutionStepStatus = (typeof EXECUTION_STEP_STATUSES)[number];

export interface ExecutionStep extends Omit<JobStep, 'status'> {
  status: ExecutionStepStatus;
  /** Finished steps: how long they ran; running ones: how long so far. Absent when the start is unknown. */
  durationMs?: number;
}

/** A workflow job seen as its execution: every step the workflow lists, reached or not. */
export interface WorkflowExecution {
  job: Job;
  workflow: string;
  steps: ExecutionStep[];
}

function durationMs(step: JobStep, job: Job, now: Date): number | undefined {
  if (step.startedAt === undefined) return undefined;
  const end = step.finishedAt ?? (step.status === 'running' && isFinished(job) ? job.finishedAt : undefined);
  return Math.max(0, (end === undefined ? now.getTime() : Date.parse(end)) - Date.parse(step.startedAt));
}

/** Whether the step stopped because its job was cancelled: still running then, or failed by the cancel itself. */
function cancelledWithJob(step: JobStep, job: Job): boolean {
  if (job.status !== 'cancelled') return false;
  return step.status === 'running' || (step.status === 'failed' && step.error?.code === JOB_CANCELLED);
}

/** A recorded step as readers see it: one its job's cancellation stopped shows as cancelled. */
export function executionStep(step: JobStep, job: Job, now: Date): ExecutionStep {
  const status = cancelledWithJob(step, job) ? 'cancelled' : step.status;
  const duration = durationMs(step, job, now);
  return { ...step, status, ...(duration === undefined ? {} : { durationMs: duration }) };
}

/** A step the execution never reached: still ahead, or never to come. */
function unreachedStep(name: string, job: Job): ExecutionStep {
  const status = job.status === 'cancelled' ? 'cancelled' : isFinished(job) ? 'skipped' : 'pending';
  return { name, status, attempt: 0, contentIds: [] };
}

/** Every step of the workflow in its order, then any recorded step it does not list (an older version's). */
export function describeExecution(job: Job, contract: WorkflowContract | undefined, now: Date): WorkflowExecution {
  const recorded = new Map(job.steps.map((step) => [step.name, step]));
  const names = [...(contract?.steps ?? []), ...job.steps.map((step) => step.name)];
  const steps = [...new Set(names)].map((name) => {
    const step = recorded.get(name);
    return step ? executionStep(step, job, now) : unreachedStep(name, job);
  });
  return { job, workflow: job.task, steps };
}

export interface ExecutionDeps {
  jobs: JobRepository;
  workflows: readonly WorkflowContract[];
}

function describe(deps: ExecutionDeps, job: Job, now: Date): WorkflowExecution {
  return describeExecution(
    job,
    deps.workflows.find((workflow) => workflow.name === job.task),
    now,
  );
}

/** The execution of one of the caller's workflow jobs; any other job (or another tenant's) is not found. */
export async function getExecution(
  deps: ExecutionDeps,
  principal: VerifiedPrincipal,
  id: string,
  now = new Date(),
): Promise<WorkflowExecution> {
  const job = await getJob(deps.jobs, principal, id);
  if (job.engine !== ORCHESTRATOR_JOB_RUNNER) throw new NotFoundError(`workflow execution ${id} was not found`);
  return describe(deps, job, now);
}

/** Cancels a workflow job the way every job is cancelled (which also stops its state machine and engines). */
export async function cancelExecution(
  deps: ExecutionDeps & CancelJobDeps,
  principal: VerifiedPrincipal,
  id: string,
  options: CancelJobOptions = {},
): Promise<WorkflowExecution> {
  await getExecution(deps, principal, id);
  return describe(deps, await cancelJob(deps, principal, id, options), new Date());
}
