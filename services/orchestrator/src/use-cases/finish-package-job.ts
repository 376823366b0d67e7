import { jobCompletedV1, jobFailedV1, ORCHESTRATOR_SOURCE, packageCompletedV1 } from '@contentflow/events';
import { type EventBus, type JobStatusReader, publishEvents } from '@contentflow/platform';

export interface FinishPackageJobPorts {
  events: EventBus;
  jobs: JobStatusReader;
}

/**
 * A package is one tracked job: its Package.Completed finishes the job with every content item of every step
 * (Job.Completed, which the job tracker applies), or fails it when no step produced anything. A package whose job
 * was cancelled (its execution announced it just before being stopped) announces nothing: the job stays cancelled.
 */
export async function finishPackageJob(
  detail: unknown,
  ports: FinishPackageJobPorts,
): Promise<'completed' | 'failed' | 'cancelled'> {
  const { metadata, data } = packageCompletedV1.parse(detail);
  const job = await ports.jobs.get(metadata.tenantId, data.jobId);
  if (job?.status === 'cancelled') return 'cancelled';
  const contentIds = data.steps.flatMap((step) => step.contentIds);
  const caused = { source: ORCHESTRATOR_SOURCE, tenantId: metadata.tenantId, causedBy: metadata } as const;
  if (contentIds.length === 0) {
    const failed = data.steps.filter((step) => step.status === 'failed').map((step) => step.stepName);
    await publishEvents(ports.events, [
      jobFailedV1.create({
        ...caused,
        data: {
          jobId: data.jobId,
          error: {
            code: 'PACKAGE_EMPTY',
            message: `no step produced content (failed: ${failed.join(', ') || 'none'})`,
            retryable: false,
          },
        },
      }),
    ]);
    return 'failed';
  }
  await publishEvents(ports.events, [jobCompletedV1.create({ ...caused, data: { jobId: data.jobId, contentIds } })]);
  return 'completed';
}
