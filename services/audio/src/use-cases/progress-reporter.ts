import type { TaskRunContext } from '@contentflow/platform';

/** Fewer Job.Progressed events than chunks: a report only when the percentage has moved this far. */
const MIN_STEP_PERCENT = 10;

/**
 * Maps a step's own progress (0–1) onto a band of the job's percentage (`from`–`to`) and reports it, skipping
 * small steps so a long narration does not flood the bus.
 */
export function progressBand(
  progress: TaskRunContext['progress'],
  from: number,
  to: number,
  message: string,
): (fraction: number) => Promise<void> {
  let reported = from;
  return async (fraction) => {
    const percent = Math.round(from + (to - from) * fraction);
    if (percent - reported < MIN_STEP_PERCENT && fraction < 1) return;
    reported = percent;
    await progress(percent, message);
  };
}
