import {
  JOBS_SOURCE,
  jobRequestedV1,
  ORCHESTRATOR_JOB_RUNNER,
  type StartJobCommandV1,
  workflowRequestedV1,
} from '@contentflow/events';
import { type EventBus, type JobChangeFeed, type JobRepository, publishEvents } from '@contentflow/platform';

export interface StartJobPorts {
  jobs: JobRepository;
  events: EventBus;
  jobChanges: JobChangeFeed;
}

export type StartJobOutcome = 'started' | 'republished' | 'skipped-duplicate' | 'skipped-finished' | 'skipped-missing';

/**
 * The job processor's use case: move the job from queued to running (compare-and-set, so of several copies of a
 * command only one wins) and ask its engine to run it with Job.Requested (a workflow job: the orchestrator, with
 * Workflow.Requested). A redelivered command that finds the
 * job already running publishes again: the first attempt may have died between the two steps, and the engine's
 * idempotency turns a second request into a no-op.
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
  // A workflow job (its task names the workflow) goes to the orchestrator; any other to its engine.
  const requested =
    command.engine === ORCHESTRATOR_JOB_RUNNER
      ? workflowRequestedV1.create({
          ...envelope,
          data: { jobId: job.id, workflow: command.task, input: job.input, requestedBy: job.tenantId },
        })
      : jobRequestedV1.create({
          ...envelope,
          data: {
            jobId: job.id,
            engine: command.engine,
            task: command.task,
            input: job.input,
            requestedBy: job.tenantId,
          },
        });
  await publishEvents(ports.events, [requested]);
  return outcome;
}
