import type { Job, JobStatus, StepStatus, WorkflowStep } from '../api/resources.ts';
import { formatDuration } from '../text/format.ts';
import { capitalize, humanize } from '../text/labels.ts';
import { isTerminal, type Tone } from './job-status.ts';

/** The engine of package jobs: its task is the workflow's name and its steps are reported as they go. */
export const WORKFLOW_ENGINE = 'orchestrator';

export function isWorkflowJob(job: Pick<Job, 'engine'>): boolean {
  return job.engine === WORKFLOW_ENGINE;
}

/** How far a step has got within one attempt; a retry starts a new attempt. */
const STAGE: Readonly<Record<StepStatus, number>> = {
  pending: 0,
  running: 1,
  succeeded: 2,
  failed: 2,
  skipped: 2,
  cancelled: 2,
};

/** A later attempt, or the same attempt at least as far along (progress moves within `running`). */
function isNewerStep(incoming: WorkflowStep, current: WorkflowStep): boolean {
  if (incoming.attempt !== current.attempt) return incoming.attempt > current.attempt;
  return STAGE[incoming.status] >= STAGE[current.status];
}

/**
 * The steps to show after `reported` arrives (a job event's steps, or the execution fetched alongside them): each
 * step takes the newer of its two states, so neither source can move it back. Steps keep `shown`'s order (the
 * execution's: every step of the workflow), and any step it does not list yet follows in reported order. Once the
 * job has finished, a step it never reached will not run: it reads as skipped, or cancelled with the job.
 */
export function mergeSteps(
  shown: readonly WorkflowStep[],
  reported: readonly WorkflowStep[],
  jobStatus: JobStatus,
): WorkflowStep[] {
  const byName = new Map(shown.map((step) => [step.name, step]));
  for (const step of reported) {
    const current = byName.get(step.name);
    if (current === undefined || isNewerStep(step, current)) byName.set(step.name, step);
  }
  const unreached: StepStatus = jobStatus === 'cancelled' ? 'cancelled' : 'skipped';
  return [...byName.values()].map((step) =>
    step.status === 'pending' && isTerminal(jobStatus) ? { ...step, status: unreached } : step,
  );
}

/** Everything the step list shows about one step. */
export interface StepView {
  name: string;
  /** `SeoAnalysis` → "SEO analysis". */
  label: string;
  status: StepStatus;
  statusLabel: string;
  tone: Tone;
  /** "Attempt 2" for a retried step; nothing on a first attempt. */
  attempt: string | undefined;
  /** How long it ran, or has been running; nothing before it starts. */
  duration: string | undefined;
  /** 0–100 while it runs and reports progress. */
  percent: number | undefined;
  /** The engine's progress message while it runs, or why it failed. */
  detail: string | undefined;
}

const STATUS_LOOK: Readonly<Record<StepStatus, { label: string; tone: Tone }>> = {
  pending: { label: 'Waiting', tone: 'neutral' },
  running: { label: 'Running', tone: 'info' },
  succeeded: { label: 'Done', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
  skipped: { label: 'Skipped', tone: 'neutral' },
  cancelled: { label: 'Cancelled', tone: 'warning' },
};

/**
 * A running step's time counts up from its start by the viewer's clock (the API's `durationMs` was true when it
 * answered); a finished step's is what the API measured.
 */
function durationSeconds(step: WorkflowStep, now: Date): number | undefined {
  if (step.status === 'running' && step.startedAt !== undefined) {
    return Math.max(0, (now.getTime() - Date.parse(step.startedAt)) / 1000);
  }
  return step.durationMs === undefined ? undefined : step.durationMs / 1000;
}

function detail(step: WorkflowStep): string | undefined {
  if (step.error) return `${capitalize(step.error.message)} (${step.error.code})`;
  const message = step.progress?.message;
  return step.status === 'running' && message ? capitalize(message) : undefined;
}

export function stepView(step: WorkflowStep, now: Date): StepView {
  const look = STATUS_LOOK[step.status];
  const seconds = durationSeconds(step, now);
  const percent = step.progress?.percent;
  return {
    name: step.name,
    label: humanize(step.name),
    status: step.status,
    statusLabel: look.label,
    tone: look.tone,
    attempt: step.attempt > 1 ? `Attempt ${step.attempt}` : undefined,
    duration: seconds === undefined ? undefined : formatDuration(seconds),
    percent:
      step.status === 'running' && percent !== undefined ? Math.min(100, Math.max(0, Math.round(percent))) : undefined,
    detail: detail(step),
  };
}

/** "2 of 4 steps done". */
export function stepsSummary(steps: readonly WorkflowStep[]): string {
  const done = steps.filter((step) => step.status === 'succeeded').length;
  return `${done} of ${steps.length} ${steps.length === 1 ? 'step' : 'steps'} done`;
}

/** Whether any step's shown duration still grows. */
export function hasRunningStep(steps: readonly WorkflowStep[]): boolean {
  return steps.some((step) => step.status === 'running');
}
