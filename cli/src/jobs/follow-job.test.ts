import { describe, expect, test } from 'vitest';
import { ApiClient } from '../api/api-client.ts';
import type { JobResource } from '../api/api-resources.ts';
import { answer, JOB, useScriptedServer } from '../test-support/scripted-server.ts';
import { assertSucceeded, followJob } from './follow-job.ts';

/* The API's event stream ends early only when the server shuts down, which a scripted server can do on cue. */

const server = useScriptedServer();

/** The stream sends these jobs and then ends; GET of the job answers `current`. */
function script(streamed: readonly object[], current: object) {
  server.handle((request, response) => {
    if (request.url?.endsWith('/events')) {
      const frames = streamed.map((job) => `event: job\ndata: ${JSON.stringify(job)}\n\n`);
      answer(200, 'text/event-stream', frames.join(''))(request, response);
    } else {
      answer(200, 'application/json', JSON.stringify(current))(request, response);
    }
  });
}

function recordingView() {
  const shown: string[] = [];
  let closed = false;
  return {
    view: { update: (job: JobResource) => shown.push(job.status), close: () => (closed = true) },
    shown,
    closed: () => closed,
  };
}

const client = () => new ApiClient({ baseUrl: server.url(), token: 'tok' });
const succeeded: JobResource = { ...JOB, status: 'succeeded', progress: { percent: 100 }, contentIds: ['c1'] };

describe('followJob', () => {
  test('shows each change and returns the job once it finished', async () => {
    script([{ ...JOB, status: 'queued' }, JOB, succeeded], JOB);
    const watch = recordingView();
    expect(await followJob(client(), 'j1', watch.view)).toMatchObject({ status: 'succeeded', contentIds: ['c1'] });
    expect(watch.shown).toEqual(['queued', 'running', 'succeeded']);
    expect(watch.closed()).toBe(true);
  });

  test('when the stream ends first, fetches the job: finished meanwhile is an answer', async () => {
    script([JOB], succeeded);
    const watch = recordingView();
    expect(await followJob(client(), 'j1', watch.view)).toMatchObject({ status: 'succeeded' });
    expect(watch.shown).toEqual(['running', 'succeeded']);
  });

  test('when the stream ends first and the job still runs, says how to follow it (exit 1)', async () => {
    script([JOB], JOB);
    const watch = recordingView();
    await expect(followJob(client(), 'j1', watch.view)).rejects.toMatchObject({
      message: 'the event stream of job j1 ended while it was running; follow it with `contentflow jobs get j1`',
      exitCode: 1,
    });
    expect(watch.closed()).toBe(true);
  });
});

describe('assertSucceeded', () => {
  test('a failed or cancelled job is a failure (exit 1) with its error code and message', () => {
    const failed = {
      ...JOB,
      status: 'failed',
      error: { code: 'InputTooLong', message: 'text is over 100000 characters' },
    } as const;
    expect(() => assertSucceeded(failed)).toThrow('job j1 failed: InputTooLong: text is over 100000 characters');
    expect(() => assertSucceeded({ ...JOB, status: 'cancelled' })).toThrow(/^job j1 cancelled$/);
    expect(() => assertSucceeded({ ...JOB, status: 'succeeded' })).not.toThrow();
  });
});
