import { executionSchema, type Job, type JobStatus, type WorkflowStep } from '../../lib/api/resources.ts';
import { isTerminal } from '../../lib/jobs/job-status.ts';
import { hasRunningStep, mergeSteps, stepsSummary } from '../../lib/jobs/workflow-steps.ts';
import type { ApiClient } from '../api-client.ts';
import { replaceChildren } from '../dom.ts';
import { errorBox } from './feedback.ts';
import { stepList } from './step-list-view.ts';

export interface LiveStepsElements {
  list: HTMLElement;
  summary: HTMLElement;
}

/**
 * A package job's steps as they go. Job events carry only the steps reached so far, so the list starts from the
 * execution (every step, pending ones too) and each event updates it. Returns what the page calls with each job.
 */
export function liveSteps(api: ApiClient, id: string, elements: LiveStepsElements): (job: Job) => void {
  let steps: WorkflowStep[] = [];
  let status: JobStatus = 'queued';
  let ticker: ReturnType<typeof setInterval> | undefined;
  // Without the execution the list still follows the events, under a note that steps ahead are missing.
  let loadError: HTMLElement | undefined;

  const draw = (): void => {
    replaceChildren(elements.list, loadError, stepList(steps, new Date()));
    elements.summary.textContent = steps.length === 0 ? '' : stepsSummary(steps);
    // A running step's time counts up between events; nothing else changes without one, nor once the job ended.
    if (!hasRunningStep(steps) || isTerminal(status)) {
      clearInterval(ticker);
      ticker = undefined;
    } else ticker ??= setInterval(draw, 1000);
  };

  api.get(`/api/v1/orchestrator/executions/${encodeURIComponent(id)}`, executionSchema).then(
    (execution) => {
      // The execution sets the order; each step keeps the newer of its state there and in the events so far.
      steps = mergeSteps(execution.steps, steps, status);
      draw();
    },
    (error: unknown) => {
      loadError = errorBox('Could not load the steps still ahead', error);
      draw();
    },
  );

  return (job) => {
    // Events can arrive out of order (the stream and a cancel's answer); a finished job stays finished.
    if (!isTerminal(status)) status = job.status;
    steps = mergeSteps(steps, job.steps ?? [], status);
    draw();
  };
}
