import { stripVTControlCharacters } from 'node:util';
import { describe, expect, test } from 'vitest';
import type { JobResource, WorkflowStepResource } from '../api/api-resources.ts';
import { capturedStream } from '../test-support/captured-stream.ts';
import { executionDetails, formatDuration } from './package-text.ts';
import { stepBoardView, stepChangeView } from './package-watch-view.ts';

const STEPS = ['Script', 'Video', 'Title'];
const T0 = '2026-11-26T10:00:00.000Z';

const job = (steps: WorkflowStepResource[], status: JobResource['status'] = 'running'): JobResource => ({
  id: 'j1',
  engine: 'orchestrator',
  task: 'short-video-package',
  status,
  progress: { percent: 0 },
  contentIds: [],
  input: {},
  steps,
  createdAt: T0,
  updatedAt: T0,
});

const scriptRunning: WorkflowStepResource = {
  name: 'Script',
  status: 'running',
  attempt: 1,
  startedAt: T0,
  contentIds: [],
};
const scriptDone: WorkflowStepResource = {
  ...scriptRunning,
  status: 'succeeded',
  finishedAt: '2026-11-26T10:00:04.200Z',
  durationMs: 4200,
  contentIds: ['c1'],
};
const videoRetry: WorkflowStepResource = { name: 'Video', status: 'running', attempt: 2, contentIds: [] };
const videoFailed: WorkflowStepResource = {
  ...videoRetry,
  status: 'failed',
  durationMs: 125_000,
  error: { code: 'Engine.Failed', message: 'no picture' },
};

/** A job's life as its event stream shows it: progress moves, a retry starts, steps finish. */
const CHANGES = [
  job([]),
  job([scriptRunning]),
  job([{ ...scriptRunning, progress: { percent: 50, message: 'writing' } }]),
  job([scriptDone]),
  job([scriptDone, videoRetry]),
  job([scriptDone, videoFailed, { name: 'Title', status: 'skipped', attempt: 0, contentIds: [] }], 'succeeded'),
];

describe('package watch views', () => {
  test('step changes: one line when a step reaches a new status or attempt, none for progress or pending', () => {
    const out = capturedStream();
    const view = stepChangeView(out.stream, STEPS);
    for (const change of CHANGES) view.update(change);
    const lines = out.written().trimEnd().split('\n');
    expect(lines.map((line) => line.split(/\s{2,}/).slice(0, 2))).toEqual([
      ['Script', 'running'],
      ['Script', 'succeeded'],
      ['Video', 'running (attempt 2)'],
      ['Video', 'failed (attempt 2)'],
      ['Title', 'skipped'],
    ]);
    expect(lines[1]).toMatch(/^Script +succeeded +4\.2s +1 content$/);
    expect(lines[3]).toMatch(/^Video +failed \(attempt 2\) +2m05s +Engine\.Failed: no picture$/);
  });

  test('step board: every step on its own line, redrawn in place on each change', () => {
    const out = capturedStream(true);
    const view = stepBoardView(out.stream, STEPS);
    for (const change of CHANGES.slice(0, 3)) view.update(change);
    const frames = out.written().split('\x1b[3A\x1b[0J');
    expect(frames).toHaveLength(3);
    expect(stripVTControlCharacters(frames.at(-1)!).split('\n')).toEqual([
      expect.stringMatching(/^Script +running +\S+ +50% writing$/),
      'Video   pending',
      'Title   pending',
      '',
    ]);
  });

  test('durations read as people say them', () => {
    expect([850, 4_200, 125_000].map(formatDuration)).toEqual(['850ms', '4.2s', '2m05s']);
  });

  test('packages get: the fields, then a table of every step', () => {
    const text = executionDetails({
      id: 'j1',
      workflow: 'short-video-package',
      status: 'succeeded',
      progress: { percent: 100 },
      steps: [scriptDone, videoFailed],
      contentIds: ['c1'],
      createdAt: T0,
    });
    expect(text).toMatch(/^id: +j1\nworkflow: +short-video-package\nstatus: +succeeded\n/);
    expect(text).toMatch(/\nSTEP +STATUS +DURATION +DETAIL\nScript +succeeded +4\.2s +1 content\nVideo +failed/);
  });
});
