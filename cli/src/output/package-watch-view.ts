import { clearScreenDown, moveCursor } from 'node:readline';
import type { JobResource, WorkflowStepResource } from '../api/api-resources.ts';
import type { JobWatchView } from './job-watch-view.ts';
import { stepLines } from './package-text.ts';

/** Every step the workflow lists, as the job reports it so far (`pending` until it does), then any extra ones. */
export function stepsOf(job: JobResource, stepNames: readonly string[]): WorkflowStepResource[] {
  const reported = new Map((job.steps ?? []).map((step) => [step.name, step]));
  const names = [...new Set([...stepNames, ...reported.keys()])];
  return names.map((name) => reported.get(name) ?? { name, status: 'pending', attempt: 0, contentIds: [] });
}

/**
 * For a terminal: one line per step, redrawn in place as steps change (status, timing, progress), so the whole
 * package is visible at once.
 */
export function stepBoardView(out: NodeJS.WritableStream, stepNames: readonly string[]): JobWatchView {
  let drawn = 0;
  return {
    update(job) {
      if (drawn > 0) {
        moveCursor(out, 0, -drawn);
        clearScreenDown(out);
      }
      const lines = stepLines(stepsOf(job, stepNames));
      out.write(lines.map((line) => `${line}\n`).join(''));
      drawn = lines.length;
    },
    close() {},
  };
}

/**
 * For logs and pipes: a line each time a step reaches a new status or attempt, with its timing at that moment;
 * steps still pending are not printed.
 */
export function stepChangeView(out: NodeJS.WritableStream, stepNames: readonly string[]): JobWatchView {
  const shown = new Map<string, string>();
  return {
    update(job) {
      const steps = stepsOf(job, stepNames);
      const lines = stepLines(steps);
      steps.forEach((step, index) => {
        const state = `${step.status}#${step.attempt}`;
        if (step.status === 'pending' || shown.get(step.name) === state) return;
        shown.set(step.name, state);
        out.write(`${lines[index]}\n`);
      });
    },
    close() {},
  };
}
