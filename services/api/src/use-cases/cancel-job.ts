import { type CancelJobCommandV1, cancelJobCommandV1 } from '@contentflow/events';
import type { CommandQueue, Job, JobChangeFeed, JobRepository } from '@contentflow/platform';
import type { VerifiedPrincipal } from '../auth/token-service.ts';
import { ConflictError, DependencyUnavailableError, NotFoundError } from './use-case-errors.ts';

export interface CancelJobDeps {
  jobs: Pick<JobRepository, 'get' | 'transition'>;
  commands: CommandQueue;
  jobChanges: JobChangeFeed;
}

export interface CancelJobOptions {
  /** Why, in the canceller's words; travels into Job.Cancelled. */
  reason?: string;
  /** The HTTP request that asked, for tracing the CancelJob command back to it. */
  requestId?: string;
}

const CANCELLABLE: ReadonlySet<Job['status']> = new Set(['queued', 'running']);

function notCancellable(job: Job): ConflictError {
  return new ConflictError(`job ${job.id} is already ${job.status}; only queued or running jobs can be cancelled`);
}

/**
 * Cancels a queued or running job. The CancelJob command is queued first and the job marked `cancelled` second
 * (compare-and-set: a job that finishes meanwhile stays finished). That order makes the request durable: if this
 * process dies between the two, the job processor applies the same compare-and-set from the command, then
 * announces Job.Cancelled, which stops the job's workflow; engines also watch the record and stop their work.
 * A command the queue refuses changes nothing, and the caller may simply try again.
 */
export async function cancelJob(
  deps: CancelJobDeps,
  principal: VerifiedPrincipal,
  jobId: string,
  options: CancelJobOptions = {},
): Promise<Job> {
  const current = await deps.jobs.get(principal.tenantId, jobId);
  if (!current) throw new NotFoundError(`job ${jobId} was not found`);
  if (!CANCELLABLE.has(current.status)) throw notCancellable(current);

  const command: CancelJobCommandV1 = cancelJobCommandV1.parse({
    command: 'CancelJob',
    version: '1',
    jobId: current.id,
    tenantId: current.tenantId,
    engine: current.engine,
    task: current.task,
    cancelledBy: principal.userId,
    ...(options.reason === undefined ? {} : { reason: options.reason }),
    correlationId: current.correlationId,
    requestId: options.requestId ?? `cancel-${current.id}`,
  });
  try {
    await deps.commands.send({ body: JSON.stringify(command) });
  } catch (cause) {
    throw new DependencyUnavailableError(
      `job ${jobId} could not be cancelled now (the command queue failed); try again`,
      {
        cause,
      },
    );
  }

  const { applied, job } = await deps.jobs.transition(principal.tenantId, jobId, { to: 'cancelled' });
  if (!job) throw new NotFoundError(`job ${jobId} was not found`);
  if (applied) deps.jobChanges.publish(job);
  // Not applied yet cancelled: the processor (acting on this very command) or a concurrent cancel came first.
  else if (job.status !== 'cancelled') throw notCancellable(job);
  return job;
}
