import type { ContentResource, ExecutionResource, WorkflowStepResource } from '../api/api-resources.ts';
import { progressText } from './job-text.ts';
import { textTable } from './text-table.ts';

/** `850ms`, `4.2s`, `2m05s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
}

/** How long a step ran, or has been running at `now`; empty when it has not started. */
function stepDuration(step: WorkflowStepResource, now: number): string {
  if (step.status === 'running' && step.startedAt) return formatDuration(now - Date.parse(step.startedAt));
  return step.durationMs === undefined ? '' : formatDuration(step.durationMs);
}

function stepStatus(step: WorkflowStepResource): string {
  return step.attempt > 1 ? `${step.status} (attempt ${step.attempt})` : step.status;
}

function stepDetail(step: WorkflowStepResource): string {
  if (step.error) return `${step.error.code}: ${step.error.message}`;
  if (step.status === 'running' && step.progress) {
    const percent = `${Math.round(step.progress.percent)}%`;
    return step.progress.message ? `${percent} ${step.progress.message}` : percent;
  }
  const count = step.contentIds.length;
  return count === 0 ? '' : `${count} content`;
}

/** The widest status (`succeeded`, `cancelled`) and a typical duration (`12.3s`): live lines keep their columns. */
const STATUS_WIDTH = 9;
const DURATION_WIDTH = 5;

/** One row per step: name, status (and attempt), timing, then progress, content count or error. */
export function stepRows(steps: readonly WorkflowStepResource[], now = Date.now()): string[][] {
  return steps.map((step) => [
    step.name,
    stepStatus(step).padEnd(STATUS_WIDTH),
    stepDuration(step, now).padEnd(DURATION_WIDTH),
    stepDetail(step),
  ]);
}

/** The steps as aligned lines without a header (trailing blanks trimmed), for live views. */
export function stepLines(steps: readonly WorkflowStepResource[], now = Date.now()): string[] {
  return textTable(stepRows(steps, now))
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.trimEnd());
}

/** One execution, for `packages get`: its fields, then a table of every step. */
export function executionDetails(execution: ExecutionResource): string {
  const fields: [string, string | undefined][] = [
    ['id', execution.id],
    ['workflow', execution.workflow],
    ['status', execution.status],
    ['progress', progressText(execution)],
    ['error', execution.error && `${execution.error.code}: ${execution.error.message}`],
    ['created', execution.createdAt],
    ['started', execution.startedAt],
    ['finished', execution.finishedAt],
  ];
  const header = textTable(fields.flatMap(([name, value]) => (value === undefined ? [] : [[`${name}:`, value]])));
  const steps = textTable([['STEP', 'STATUS', 'DURATION', 'DETAIL'], ...stepRows(execution.steps)]);
  return `${header}\n${steps
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')}`;
}

/** What a package made, one line each, with how to get it. */
export function contentLines(contents: readonly ContentResource[]): string {
  return contents
    .map((content) => {
      const title = content.title ? `  ${content.title}` : '';
      return `content ${content.id}  ${content.kind}  ${content.mimeType}${title}\n`;
    })
    .join('');
}
