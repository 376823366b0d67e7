import type { JobProgress, JobStep } from '@contentflow/platform';

/** Until the package job itself succeeds (which fills the bar), its steps alone never claim it is done. */
const MAX_STEPS_PERCENT = 99;

/**
 * A package job's overall progress from its steps: each finished step counts whole, a running one by its own
 * progress, over every step the workflow lists (or the steps seen so far, for a workflow no longer listed). The
 * message names the steps running now.
 */
export function packageProgress(steps: readonly JobStep[], contractSteps: readonly string[] = []): JobProgress {
  const total = Math.max(contractSteps.length, steps.length, 1);
  const running = steps.filter((step) => step.status === 'running');
  const finished = steps.length - running.length;
  const partial = running.reduce((sum, step) => sum + (step.progress?.percent ?? 0) / 100, 0);
  const percent = Math.min(MAX_STEPS_PERCENT, Math.floor((100 * (finished + partial)) / total));
  const message =
    running.length > 0
      ? `running ${running.map((step) => step.name).join(', ')}`
      : `${finished} of ${total} steps finished`;
  return { percent, message };
}
