import type { StartJobCommandV1 } from '@contentflow/events';
import type { Job } from '@contentflow/platform';

/**
 * The StartJob command of a stored job, not yet validated: the submission parses it, the recovery sweep checks it
 * (a job may name an engine since retired).
 */
export function startJobCommandOf(
  job: Pick<Job, 'id' | 'tenantId' | 'engine' | 'task'>,
  ids: { correlationId: string; requestId: string },
): Record<keyof StartJobCommandV1, unknown> {
  return {
    command: 'StartJob',
    version: '1',
    jobId: job.id,
    tenantId: job.tenantId,
    engine: job.engine,
    task: job.task,
    correlationId: ids.correlationId,
    requestId: ids.requestId,
  };
}
