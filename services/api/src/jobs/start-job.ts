import {
  EventTooLargeError,
  JOBS_SOURCE,
  jobFailedV1,
  jobRequestedV1,
  ORCHESTRATOR_JOB_RUNNER,
  type StartJobCommandV1,
  workflowRequestedV1,
} from '@contentflow/events';
import { type EventBus, type Job, type JobChangeFeed, type JobRepository, publishEvents } from '@contentflow/platform';

export interface StartJobPorts {
  jobs: JobRepository;
  events: EventBus;
  jobChanges: JobChangeFeed;
}

export type StartJobOutcome =
  | 'started'
  | 'republished'
  | 'failed-input-too-large'
  | 'skipped-duplicate'
  | 'skipped-finished'
  | 'skipped-missing';

/** The code a job fails with when its input is more than one event can carry to its engine. */
export const JOB_INPUT_TOO_LARGE = 'JOB_INPUT_TOO_LARGE';

/**
 * The job processor's use case: move the job from queued to running (compare-and-set, so of several copies of a
 * command only one wins) and ask its engine to run it with Job.Requested (a workflow job: the orchestrator, with
 * Workflow.Requested). A redelivered command that finds the
 * job already running publishes again: the first attempt may have died between the two steps, and the engine's
 * idempotency turns a second request into a no-op. A job whose input is more than one event carries fails with
 * Job.Failed (JOB_INPUT_TOO_LARGE, not retryable) rather than failing every delivery until the dead-letter queue.
 */
export async function startJob(
  command: StartJobCommandV1,
  delivery: { receiveCount: number },
  ports: StartJobPorts,
): Promise<StartJobOutcome> {
  // The compare-and-set first: it answers with the job as it is now, moved or not, so no read comes before it.
  const moved = await ports.jobs.transition(command.tenantId, command.jobId, { to: 'running' });
  const job = moved.job;
  if (!job) return 'skipped-missing';
  let outcome: StartJobOutcome;
  if (moved.applied) {
    ports.jobChanges.publish(job);
    outcome = 'started';
  } else if (job.status === 'running' && delivery.receiveCount > 1) {
    outcome = 'republished';
  } else {
    return job.status === 'running' ? 'skipped-duplicate' : 'skipped-finished';
  }
  const envelope = { tenantId: job.tenantId, correlationId: job.correlationId, source: JOBS_SOURCE } as const;
  let requested: ReturnType<typeof requestOf>;
  try {
    requested = requestOf(command, job, envelope);
  } catch (error) {
    // The API refuses such inputs; one accepted before it did (or under a larger limit) would fail every retry.
    if (!(error instanceof EventTooLargeError)) throw error;
    const data = {
      jobId: job.id,
      error: {
        code: JOB_INPUT_TOO_LARGE,
        message: `the job's input makes its ${error.event} ${error.bytes} bytes, more than the ${error.limit} one event carries; submit less, or split the work into several jobs`,
        retryable: false,
      },
    };
    await publishEvents(ports.events, [jobFailedV1.create({ ...envelope, data })]);
    return 'failed-input-too-large';
  }
  await publishEvents(ports.events, [requested]);
  return outcome;
}

/** A workflow job (its task names the workflow) goes to the orchestrator; any other to its engine. */
function requestOf(
  command: StartJobCommandV1,
  job: Job,
  envelope: { tenantId: string; correlationId: string; source: typeof JOBS_SOURCE },
) {
  const data = { jobId: job.id, input: job.input, requestedBy: job.tenantId };
  return command.engine === ORCHESTRATOR_JOB_RUNNER
    ? workflowRequestedV1.create({ ...envelope, data: { ...data, workflow: command.task } })
    : jobRequestedV1.create({ ...envelope, data: { ...data, engine: command.engine, task: command.task } });
}
