import { Presets, SingleBar } from 'cli-progress';
import type { JobResource } from '../api/api-resources.ts';
import { progressText } from './job-text.ts';

/** How a watched job is shown as it changes. */
export interface JobWatchView {
  /** The job as first seen, then after each change. */
  update(job: JobResource): void;
  /** The watch is over (the job finished, or watching stopped); leaves the terminal clean. */
  close(): void;
}

/** A live bar with the status and progress message, for a terminal. */
export function progressBarView(stream: NodeJS.WritableStream): JobWatchView {
  const bar = new SingleBar(
    { format: '{bar} {percentage}% | {status} {message}', stream, hideCursor: true, noTTYOutput: false },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(job) {
      const payload = { status: job.status, message: job.progress.message ?? '' };
      if (!started) {
        bar.start(100, job.progress.percent, payload);
        started = true;
      } else {
        bar.update(job.progress.percent, payload);
      }
    },
    close() {
      if (started) bar.stop();
    },
  };
}

/** One line each time the status changes, for logs and pipes, where a redrawn bar would be noise. */
export function statusLineView(out: NodeJS.WritableStream): JobWatchView {
  let lastStatus: string | undefined;
  return {
    update(job) {
      if (job.status === lastStatus) return;
      lastStatus = job.status;
      out.write(`${job.status} ${progressText(job)}\n`);
    },
    close() {},
  };
}

/** Every change as one JSON line (`--json`), for scripts. */
export function jsonLinesView(out: NodeJS.WritableStream): JobWatchView {
  return {
    update(job) {
      out.write(`${JSON.stringify(job)}\n`);
    },
    close() {},
  };
}
