import {
  type AnyEventDefinition,
  jobCompletedV1,
  jobFailedV1,
  jobProgressedV1,
  jobRequestedV1,
  packageCompletedV1,
  type WorkflowContract,
} from '@contentflow/events';
import {
  type Job,
  type JobChangeFeed,
  type JobRepository,
  type JobStepChange,
  jobErrorSchema,
  jobStepChangeSchema,
} from '@contentflow/platform';
import { packageProgress } from './package-progress.ts';
import { UntrackableEventError } from './track-job-event.ts';

export interface TrackStepPorts {
  jobs: JobRepository;
  jobChanges: JobChangeFeed;
  /** The workflows' contracts (`WORKFLOW_CATALOG`): their step lists give a package job its overall progress. */
  workflows: readonly WorkflowContract[];
}

/** Engine events that carry `data.step` when a workflow step asked for the work. */
export const STEP_EVENTS: readonly AnyEventDefinition[] = [
  jobRequestedV1,
  jobProgressedV1,
  jobCompletedV1,
  jobFailedV1,
];

/** The package's verdict on every step, published once the state machine is done. */
export const PACKAGE_EVENT = packageCompletedV1;

/** `Video.1` (state name, Step Functions' retry count) → `{name: 'Video', attempt: 2}`. */
export function parseStepName(stepName: string): { name: string; attempt: number } {
  const match = /^(.+)\.(\d{1,3})$/.exec(stepName);
  if (!match) throw new UntrackableEventError(`step name "${stepName}" is not "<State>.<retry count>"`);
  return { name: match[1]!, attempt: Number(match[2]) + 1 };
}

interface StepEvent {
  tenantId: string;
  jobId: string;
  changes: JobStepChange[];
}

/** A Package.Completed error is a Step Functions error name plus its cause; the cause is the better message. */
function packageError(error: string | undefined, cause: string | undefined) {
  if (error === undefined) return {};
  return { error: jobErrorSchema.parse({ code: error.slice(0, 100), message: (cause ?? error).slice(0, 2000) }) };
}

type EngineStepChange = Exclude<JobStepChange, { kind: 'concluded' }>;
/** What an engine event says of its step, before the step's name, attempt and time are added. */
type StepOutcome = EngineStepChange extends infer C
  ? C extends EngineStepChange
    ? Omit<C, 'name' | 'attempt' | 'at'>
    : never
  : never;

interface StepEnvelope {
  metadata: { tenantId: string; occurredAt: string };
  data: { jobId: string; step?: { stepName: string } | undefined };
}

function engineStepEvent({ metadata, data }: StepEnvelope, outcome: StepOutcome): StepEvent {
  if (data.step === undefined) throw new UntrackableEventError(`step event for job ${data.jobId} has no step`);
  const change = { ...outcome, ...parseStepName(data.step.stepName), at: metadata.occurredAt };
  return { tenantId: metadata.tenantId, jobId: data.jobId, changes: [change] };
}

/** The event parsed against its contract, as the step changes it stands for. */
function stepChanges(detailType: string, detail: unknown): StepEvent {
  switch (detailType) {
    case jobRequestedV1.detailType:
      return engineStepEvent(jobRequestedV1.parse(detail), { kind: 'started' });
    case jobProgressedV1.detailType: {
      const event = jobProgressedV1.parse(detail);
      const progress = { percent: event.data.percent, message: event.data.message };
      return engineStepEvent(event, { kind: 'progressed', progress });
    }
    case jobCompletedV1.detailType: {
      const event = jobCompletedV1.parse(detail);
      return engineStepEvent(event, { kind: 'succeeded', contentIds: event.data.contentIds });
    }
    case jobFailedV1.detailType: {
      const event = jobFailedV1.parse(detail);
      const error = { code: event.data.error.code, message: event.data.error.message };
      return engineStepEvent(event, { kind: 'failed', error });
    }
    case packageCompletedV1.detailType: {
      const { metadata, data } = packageCompletedV1.parse(detail);
      const changes = data.steps.map(
        (step): JobStepChange => ({
          kind: 'concluded',
          name: step.stepName,
          at: metadata.occurredAt,
          status: step.status,
          contentIds: step.contentIds,
          ...packageError(step.error, step.cause),
        }),
      );
      return { tenantId: metadata.tenantId, jobId: data.jobId, changes };
    }
    default:
      throw new UntrackableEventError(`the step tracker does not handle ${detailType}`);
  }
}

/** A change the event describes but the step rules refuse outright (a malformed state name): retrying cannot help. */
function validChange(change: JobStepChange): JobStepChange {
  const parsed = jobStepChangeSchema.safeParse(change);
  if (parsed.success) return parsed.data;
  throw new UntrackableEventError(`step change for "${change.name}" is invalid: ${parsed.error.issues[0]?.message}`);
}

/**
 * Records on a package job what one step event says (started, progressed, succeeded, failed, or the package's
 * verdict on every step), moves the job's overall progress, and announces the job to live readers when anything
 * changed. Step changes are forward only, so duplicates and late arrivals change nothing. Returns whether the
 * job changed.
 */
export async function trackStepEvent(detailType: string, detail: unknown, ports: TrackStepPorts): Promise<boolean> {
  const { tenantId, jobId, changes } = stepChanges(detailType, detail);
  let last: Job | undefined;
  for (const change of changes) {
    const result = await ports.jobs.recordStep(tenantId, jobId, validChange(change));
    if (result.applied && result.job) last = result.job;
  }
  if (!last) return false;
  const contract = ports.workflows.find((workflow) => workflow.name === last.task);
  const progressed = await ports.jobs.updateProgress(tenantId, jobId, packageProgress(last.steps, contract?.steps));
  ports.jobChanges.publish(progressed.applied && progressed.job ? progressed.job : last);
  return true;
}
