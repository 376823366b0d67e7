import { type CancelJobCommandV1, JOBS_SOURCE, jobCancelledV1 } from '@contentflow/events';
import { type EventBus, type JobChangeFeed, type JobRepository, publishEvents } from '@contentflow/platform';

export interface ApplyCancellationPorts {
  jobs: JobRepository;
  events: EventBus;
  jobChanges: JobChangeFeed;
}

export type ApplyCancellationOutcome = 'announced' | 'skipped-finished' | 'skipped-missing';

/**
 * The job processor's side of a cancel: make sure the job is `cancelled` (the API normally did it already; this
 * covers an API that died right after queueing the command), then announce Job.Cancelled so whoever runs the job
 * stops. A job that succeeded or failed first is left as it is and nothing is announced. A redelivered command
 * announces again: stopping what has already stopped is a no-op for every subscriber.
 */
export async function applyCancellation(
  command: CancelJobCommandV1,
  ports: ApplyCancellationPorts,
): Promise<ApplyCancellationOutcome> {
  const { applied, job } = await ports.jobs.transition(command.tenantId, command.jobId, { to: 'cancelled' });
  if (!job) return 'skipped-missing';
  if (applied) ports.jobChanges.publish(job);
  if (job.status !== 'cancelled') return 'skipped-finished';
  const cancelled = jobCancelledV1.create({
    source: JOBS_SOURCE,
    tenantId: job.tenantId,
    correlationId: command.correlationId,
    data: {
      jobId: job.id,
      engine: command.engine,
      task: command.task,
      cancelledBy: command.cancelledBy,
      ...(command.reason === undefined ? {} : { reason: command.reason }),
    },
  });
  await publishEvents(ports.events, [cancelled]);
  return 'announced';
}
