import {
  type AnyEventDefinition,
  contentGeneratedV1,
  jobCompletedV1,
  jobFailedV1,
  jobProgressedV1,
  jobStartedV1,
} from '@contentflow/events';
import type { Job, JobChangeFeed, JobRepository, JobUpdateResult } from '@contentflow/platform';

export interface TrackJobPorts {
  jobs: JobRepository;
  jobChanges: JobChangeFeed;
}

/** The lifecycle events the tracker follows; workflow steps (which carry `step`) go to the step tracker. */
export const TRACKED_EVENTS: readonly AnyEventDefinition[] = [
  jobStartedV1,
  jobProgressedV1,
  contentGeneratedV1,
  jobCompletedV1,
  jobFailedV1,
];

/** An event whose envelope or data does not match its contract: retrying cannot help. */
export class UntrackableEventError extends Error {
  override name = 'UntrackableEventError';
}

/**
 * Applies one lifecycle event to its job. Every update is a compare-and-set, so duplicates and late arrivals
 * change nothing; each applied change is announced to live readers. Returns whether the job changed.
 */
export async function trackJobEvent(detailType: string, detail: unknown, ports: TrackJobPorts): Promise<boolean> {
  const { jobs } = ports;
  const changes: JobUpdateResult[] = [];
  switch (detailType) {
    case jobStartedV1.detailType: {
      const { metadata, data } = jobStartedV1.parse(detail);
      // The processor normally moved it already; this covers a job started by other means.
      changes.push(await jobs.transition(metadata.tenantId, data.jobId, { to: 'running' }));
      break;
    }
    case jobProgressedV1.detailType: {
      const { metadata, data } = jobProgressedV1.parse(detail);
      changes.push(
        await jobs.updateProgress(metadata.tenantId, data.jobId, { percent: data.percent, message: data.message }),
      );
      break;
    }
    case contentGeneratedV1.detailType: {
      const { metadata, data } = contentGeneratedV1.parse(detail);
      changes.push(await jobs.attachContent(metadata.tenantId, data.jobId, data.contentId));
      break;
    }
    case jobCompletedV1.detailType: {
      const { metadata, data } = jobCompletedV1.parse(detail);
      // Content.Generated may arrive after Job.Completed; attaching here first means a succeeded job always lists it.
      for (const contentId of data.contentIds)
        changes.push(await jobs.attachContent(metadata.tenantId, data.jobId, contentId));
      changes.push(await jobs.transition(metadata.tenantId, data.jobId, { to: 'succeeded' }));
      break;
    }
    case jobFailedV1.detailType: {
      const { metadata, data } = jobFailedV1.parse(detail);
      changes.push(
        await jobs.transition(metadata.tenantId, data.jobId, {
          to: 'failed',
          error: { code: data.error.code, message: data.error.message },
        }),
      );
      break;
    }
    default:
      throw new UntrackableEventError(`the job tracker does not handle ${detailType}`);
  }
  const applied = changes.filter(
    (change): change is { applied: true; job: Job } => change.applied && change.job !== null,
  );
  const last = applied.at(-1);
  if (last) ports.jobChanges.publish(last.job);
  return applied.length > 0;
}
