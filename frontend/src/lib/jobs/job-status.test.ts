import { describe, expect, it } from 'vitest';
import { JOB_STATUSES } from '../api/resources.ts';
import { aJob } from './job-fixtures.ts';
import { isTerminal, jobStatusView, summarizeJobs } from './job-status.ts';

describe('jobStatusView', () => {
  it('shows a queued job as waiting, with no measure of progress', () => {
    expect(jobStatusView(aJob())).toEqual({
      label: 'Queued',
      tone: 'neutral',
      percent: 0,
      indeterminate: true,
      detail: 'Waiting for an engine to pick it up.',
      terminal: false,
    });
  });

  it('shows a running job with its percentage and the engine’s message', () => {
    const view = jobStatusView(aJob({ status: 'running', progress: { percent: 42.4, message: 'rendering frames' } }));
    expect(view).toMatchObject({ label: 'Running', tone: 'info', percent: 42, indeterminate: false });
    expect(view.detail).toBe('Rendering frames');
  });

  it('shows activity rather than an empty bar while a running job reports 0 %', () => {
    expect(jobStatusView(aJob({ status: 'running' }))).toMatchObject({ indeterminate: true, detail: 'Working on it…' });
  });

  it('keeps the percentage within 0–100', () => {
    expect(jobStatusView(aJob({ status: 'running', progress: { percent: 140 } })).percent).toBe(100);
    expect(jobStatusView(aJob({ status: 'running', progress: { percent: -3 } })).percent).toBe(0);
  });

  it('counts what a finished job produced', () => {
    expect(jobStatusView(aJob({ status: 'succeeded', contentIds: ['c1'] }))).toMatchObject({
      label: 'Done',
      tone: 'success',
      percent: 100,
      detail: 'Produced 1 item.',
      terminal: true,
    });
    expect(jobStatusView(aJob({ status: 'succeeded', contentIds: ['c1', 'c2'] })).detail).toBe('Produced 2 items.');
  });

  it('says why a job failed, with its error code', () => {
    const failed = aJob({
      status: 'failed',
      progress: { percent: 30 },
      error: { code: 'OUTPUT_INVALID', message: 'the result did not match its contract' },
    });
    expect(jobStatusView(failed)).toMatchObject({
      label: 'Failed',
      tone: 'danger',
      percent: 30,
      detail: 'The result did not match its contract (OUTPUT_INVALID)',
    });
  });

  it('gives every status a label, and only finished ones are terminal', () => {
    for (const status of JOB_STATUSES) {
      const view = jobStatusView(aJob({ status }));
      expect(view.label).not.toBe('');
      expect(view.terminal).toBe(isTerminal(status));
    }
    expect(JOB_STATUSES.filter(isTerminal)).toEqual(['succeeded', 'failed', 'cancelled']);
  });
});

describe('summarizeJobs', () => {
  it('counts jobs in progress, done and failed', () => {
    const jobs = (['queued', 'running', 'running', 'succeeded', 'failed', 'cancelled'] as const).map((status, i) =>
      aJob({ id: `job-${i}`, status }),
    );
    expect(summarizeJobs(jobs)).toEqual({ active: 3, succeeded: 1, failed: 1 });
  });
});
