import type { ApiClient } from '../api/api-client.ts';
import { isFinished, type JobResource } from '../api/api-resources.ts';
import { CliError, EXIT_FAILURE } from '../cli-error.ts';
import type { JobWatchView } from '../output/job-watch-view.ts';

/**
 * Shows the job's changes (from its event stream) until it finishes, and returns it as it finished. Should the
 * stream end first (the server shut down), the job is fetched once more before giving up.
 */
export async function followJob(
  client: ApiClient,
  id: string,
  view: JobWatchView,
  signal?: AbortSignal,
): Promise<JobResource> {
  try {
    for await (const job of client.watchJob(id, signal)) {
      view.update(job);
      if (isFinished(job)) return job;
    }
    const job = await client.getJob(id);
    view.update(job);
    if (isFinished(job)) return job;
    throw new CliError(
      `the event stream of job ${id} ended while it was ${job.status}; follow it with \`contentflow jobs get ${id}\``,
      EXIT_FAILURE,
    );
  } finally {
    view.close();
  }
}

/** Throws for a job that did not succeed, with its error code and message. */
export function assertSucceeded(job: JobResource): void {
  if (job.status === 'succeeded') return;
  const reason = job.error ? `: ${job.error.code}: ${job.error.message}` : '';
  throw new CliError(`job ${job.id} ${job.status}${reason}`, EXIT_FAILURE);
}
