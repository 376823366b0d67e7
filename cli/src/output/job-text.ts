import type { JobResource } from '../api/api-resources.ts';
import { textTable } from './text-table.ts';

/** `40% analysing` */
export function progressText(job: Pick<JobResource, 'progress'>): string {
  const percent = `${Math.round(job.progress.percent)}%`;
  return job.progress.message ? `${percent} ${job.progress.message}` : percent;
}

/** One job, field by field, for `jobs get`. */
export function jobDetails(job: JobResource): string {
  const fields: [string, string | undefined][] = [
    ['id', job.id],
    ['task', `${job.engine}.${job.task}`],
    ['status', job.status],
    ['progress', progressText(job)],
    ['error', job.error && `${job.error.code}: ${job.error.message}`],
    ['content', job.contentIds.length > 0 ? job.contentIds.join(', ') : undefined],
    ['created', job.createdAt],
    ['started', job.startedAt],
    ['finished', job.finishedAt],
  ];
  return textTable(fields.flatMap(([name, value]) => (value === undefined ? [] : [[`${name}:`, value]])));
}

/** Jobs as a table, one per line, for `jobs list`. */
export function jobTable(jobs: readonly JobResource[]): string {
  const header = ['ID', 'TASK', 'STATUS', 'PROGRESS', 'CREATED'];
  return textTable([
    header,
    ...jobs.map((job) => [job.id, `${job.engine}.${job.task}`, job.status, progressText(job), job.createdAt]),
  ]);
}
