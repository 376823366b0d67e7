import { stripVTControlCharacters } from 'node:util';
import { describe, expect, test } from 'vitest';
import type { JobResource } from '../api/api-resources.ts';
import { capturedStream } from '../test-support/captured-stream.ts';
import { jsonLinesView, progressBarView, statusLineView } from './job-watch-view.ts';

const base: JobResource = {
  id: 'j1',
  engine: 'text',
  task: 'analyze',
  status: 'queued',
  progress: { percent: 0 },
  contentIds: [],
  input: { text: 'Hello.' },
  createdAt: '2026-11-26T10:00:00.000Z',
  updatedAt: '2026-11-26T10:00:00.000Z',
};

/** A job's life as its event stream shows it. */
const CHANGES: JobResource[] = [
  base,
  { ...base, status: 'running', progress: { percent: 10, message: 'reading' } },
  { ...base, status: 'running', progress: { percent: 60, message: 'scoring' } },
  { ...base, status: 'succeeded', progress: { percent: 100, message: 'done' }, contentIds: ['c1'] },
];

describe('job watch views', () => {
  test('status lines: one per status change, with the progress at that moment', () => {
    const out = capturedStream();
    const view = statusLineView(out.stream);
    for (const job of CHANGES) view.update(job);
    view.close();
    expect(out.written()).toBe('queued 0%\nrunning 10% reading\nsucceeded 100% done\n');
  });

  test('JSON lines: every change, as the job', () => {
    const out = capturedStream();
    const view = jsonLinesView(out.stream);
    for (const job of CHANGES) view.update(job);
    expect(
      out
        .written()
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual(CHANGES);
  });

  test('progress bar: redrawn in place with the percentage, status and message, then left as finished', () => {
    const out = capturedStream(true);
    const view = progressBarView(out.stream);
    for (const job of CHANGES) view.update(job);
    view.close();
    const text = stripVTControlCharacters(out.written());
    expect(text).toContain('0% | queued');
    expect(text.trimEnd()).toMatch(/100% \| succeeded done$/);
    // Drawn in place: no line per update.
    expect(text.trimEnd().split('\n')).toHaveLength(1);
  });
});
