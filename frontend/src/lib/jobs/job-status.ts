import type { Job, JobStatus } from '../api/resources.ts';
import { capitalize } from '../text/labels.ts';

/** The look of a status: maps onto the design system's badge and progress colours. */
export type Tone = 'neutral' | 'info' | 'success' | 'danger' | 'warning';

/** Everything the site shows about where a job is. */
export interface JobStatusView {
  label: string;
  tone: Tone;
  /** 0–100, for the progress bar. */
  percent: number;
  /** True while there is no measure of progress yet: the bar shows activity rather than a width. */
  indeterminate: boolean;
  /** One sentence for people: the engine's progress message, the error, or what happens next. */
  detail: string;
  terminal: boolean;
}

const TERMINAL: ReadonlySet<JobStatus> = new Set(['succeeded', 'failed', 'cancelled']);

/** A finished job never changes again: its event stream ends and nothing more needs watching. */
export function isTerminal(status: JobStatus): boolean {
  return TERMINAL.has(status);
}

function clampPercent(percent: number): number {
  return Math.min(100, Math.max(0, Math.round(percent)));
}

function produced(count: number): string {
  if (count === 0) return 'Finished without producing content.';
  return count === 1 ? 'Produced 1 item.' : `Produced ${count} items.`;
}

export function jobStatusView(job: Job): JobStatusView {
  const percent = clampPercent(job.progress.percent);
  switch (job.status) {
    case 'queued':
      return {
        label: 'Queued',
        tone: 'neutral',
        percent: 0,
        indeterminate: true,
        detail: 'Waiting for an engine to pick it up.',
        terminal: false,
      };
    case 'running':
      return {
        label: 'Running',
        tone: 'info',
        percent,
        indeterminate: percent === 0,
        detail: job.progress.message ? capitalize(job.progress.message) : 'Working on it…',
        terminal: false,
      };
    case 'succeeded':
      return {
        label: 'Done',
        tone: 'success',
        percent: 100,
        indeterminate: false,
        detail: produced(job.contentIds.length),
        terminal: true,
      };
    case 'failed':
      return {
        label: 'Failed',
        tone: 'danger',
        percent,
        indeterminate: false,
        detail: job.error
          ? `${capitalize(job.error.message)} (${job.error.code})`
          : 'The job failed without saying why.',
        terminal: true,
      };
    case 'cancelled':
      return {
        label: 'Cancelled',
        tone: 'warning',
        percent,
        indeterminate: false,
        detail: 'Cancelled before it finished.',
        terminal: true,
      };
  }
}

/** Counts for the dashboard's summary: how many of the listed jobs are in progress, done and failed. */
export interface JobSummary {
  active: number;
  succeeded: number;
  failed: number;
}

export function summarizeJobs(jobs: readonly Job[]): JobSummary {
  const summary: JobSummary = { active: 0, succeeded: 0, failed: 0 };
  for (const job of jobs) {
    if (job.status === 'queued' || job.status === 'running') summary.active += 1;
    else if (job.status === 'succeeded') summary.succeeded += 1;
    else if (job.status === 'failed') summary.failed += 1;
  }
  return summary;
}
