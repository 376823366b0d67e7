import { describe, expect, it } from 'vitest';
import type { WorkflowStep } from '../api/resources.ts';
import { aJob } from './job-fixtures.ts';
import { hasRunningStep, isWorkflowJob, mergeSteps, stepsSummary, stepView } from './workflow-steps.ts';

function aStep(name: string, overrides: Partial<WorkflowStep> = {}): WorkflowStep {
  return { name, status: 'pending', attempt: 0, contentIds: [], ...overrides };
}

const EXECUTION = [aStep('Article'), aStep('SeoAnalysis'), aStep('HeaderImage'), aStep('SocialPosts')];
const NOW = new Date('2026-11-26T12:01:00.000Z');

describe('mergeSteps', () => {
  it('keeps every step of the execution in its order and updates those the job reports', () => {
    const steps = mergeSteps(
      EXECUTION,
      [aStep('HeaderImage', { status: 'running', attempt: 1 }), aStep('Article', { status: 'succeeded', attempt: 1 })],
      'running',
    );
    expect(steps.map((step) => [step.name, step.status])).toEqual([
      ['Article', 'succeeded'],
      ['SeoAnalysis', 'pending'],
      ['HeaderImage', 'running'],
      ['SocialPosts', 'pending'],
    ]);
  });

  it('appends a reported step the execution does not list, in reported order', () => {
    const steps = mergeSteps(
      [aStep('Article')],
      [aStep('Extra', { status: 'running', attempt: 1 }), aStep('Later', { status: 'running', attempt: 1 })],
      'running',
    );
    expect(steps.map((step) => step.name)).toEqual(['Article', 'Extra', 'Later']);
  });

  it('never moves a step back: an older report of the same attempt loses, a retry wins', () => {
    const done = [aStep('Article', { status: 'succeeded', attempt: 1 })];
    expect(mergeSteps(done, [aStep('Article', { status: 'running', attempt: 1 })], 'running')[0]?.status).toBe(
      'succeeded',
    );
    expect(mergeSteps(done, [aStep('Article', { status: 'pending', attempt: 0 })], 'running')[0]?.status).toBe(
      'succeeded',
    );
    const retried = mergeSteps(
      [aStep('Article', { status: 'failed', attempt: 1 })],
      [aStep('Article', { status: 'running', attempt: 2 })],
      'running',
    );
    expect(retried[0]).toMatchObject({ status: 'running', attempt: 2 });
  });

  it('takes the later progress of a running step', () => {
    const steps = mergeSteps(
      [aStep('Article', { status: 'running', attempt: 1, progress: { percent: 20 } })],
      [aStep('Article', { status: 'running', attempt: 1, progress: { percent: 60 } })],
      'running',
    );
    expect(steps[0]?.progress?.percent).toBe(60);
  });

  it('shows the steps a finished job never reached as skipped, or cancelled with the job', () => {
    const reported = [aStep('Article', { status: 'failed', attempt: 1 })];
    expect(mergeSteps(EXECUTION, reported, 'failed').map((step) => step.status)).toEqual([
      'failed',
      'skipped',
      'skipped',
      'skipped',
    ]);
    expect(mergeSteps(EXECUTION, [], 'cancelled').map((step) => step.status)).toEqual([
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
  });
});

describe('stepView', () => {
  it('names the step for people and shows a pending step without time or attempt', () => {
    expect(stepView(aStep('SeoAnalysis'), NOW)).toEqual({
      name: 'SeoAnalysis',
      label: 'SEO analysis',
      status: 'pending',
      statusLabel: 'Waiting',
      tone: 'neutral',
      attempt: undefined,
      duration: undefined,
      percent: undefined,
      detail: undefined,
    });
  });

  it('counts a running step’s time from its start, with its progress and message', () => {
    const view = stepView(
      aStep('HeaderImage', {
        status: 'running',
        attempt: 2,
        startedAt: '2026-11-26T12:00:45.000Z',
        durationMs: 1000,
        progress: { percent: 42.4, message: 'rendering the title' },
      }),
      NOW,
    );
    expect(view).toMatchObject({
      statusLabel: 'Running',
      tone: 'info',
      attempt: 'Attempt 2',
      duration: '15 s',
      percent: 42,
      detail: 'Rendering the title',
    });
  });

  it('shows a finished step’s measured duration and a failed one’s error', () => {
    expect(stepView(aStep('Article', { status: 'succeeded', attempt: 1, durationMs: 1234 }), NOW)).toMatchObject({
      statusLabel: 'Done',
      tone: 'success',
      attempt: undefined,
      duration: '1.2 s',
      percent: undefined,
    });
    const failed = stepView(
      aStep('Article', {
        status: 'failed',
        attempt: 3,
        durationMs: 65_000,
        progress: { percent: 50, message: 'writing' },
        error: { code: 'PROVIDER_TIMEOUT', message: 'the model did not answer' },
      }),
      NOW,
    );
    expect(failed).toMatchObject({
      tone: 'danger',
      attempt: 'Attempt 3',
      duration: '1 min 5 s',
      percent: undefined,
      detail: 'The model did not answer (PROVIDER_TIMEOUT)',
    });
  });
});

describe('step summaries', () => {
  it('counts the steps done and tells whether one is running', () => {
    const steps = mergeSteps(EXECUTION, [aStep('Article', { status: 'succeeded', attempt: 1 })], 'running');
    expect(stepsSummary(steps)).toBe('1 of 4 steps done');
    expect(stepsSummary([aStep('Only')])).toBe('0 of 1 step done');
    expect(hasRunningStep(steps)).toBe(false);
    expect(hasRunningStep([aStep('Article', { status: 'running', attempt: 1 })])).toBe(true);
  });

  it('tells package jobs from engine jobs', () => {
    expect(isWorkflowJob(aJob({ engine: 'orchestrator', task: 'article-package' }))).toBe(true);
    expect(isWorkflowJob(aJob())).toBe(false);
  });
});
