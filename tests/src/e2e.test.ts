import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalSystem, startLocalSystem } from '@contentflow/cli';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { signUpAndLogIn } from './support/api-session.ts';
import { serverEvents } from './support/server-events.ts';

interface JobView {
  id: string;
  status: string;
  progress: { percent: number };
  contentIds: string[];
}

let dataDir: string;
let system: LocalSystem;
const savedEnv = { ...process.env };

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cf-e2e-'));
  Object.assign(process.env, { PORT: '0', CONTENTFLOW_DATA_DIR: dataDir });
  system = await startLocalSystem();
});

afterAll(async () => {
  await system?.stop();
  process.env = savedEnv;
  rmSync(dataDir, { recursive: true, force: true });
});

/** Follows the caller's job stream until `jobId` reaches a terminal status; returns every status seen, in order. */
async function statusesUntilDone(stream: Response, jobId: string): Promise<string[]> {
  const seen: string[] = [];
  for await (const message of serverEvents(stream)) {
    if (message.event !== 'job') continue;
    const job = JSON.parse(message.data) as JobView;
    if (job.id !== jobId) continue;
    if (seen.at(-1) !== job.status) seen.push(job.status);
    if (['succeeded', 'failed', 'cancelled'].includes(job.status)) break;
  }
  return seen;
}

describe('a creator analyses a text end to end over HTTP', () => {
  test('signup → login → submit → live queued/running/succeeded → content with the right numbers', async () => {
    const session = await signUpAndLogIn(system.url);
    const stream = await session.request('/api/v1/events/stream', { headers: { accept: 'text/event-stream' } });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');

    // The classic Flesch example: 6 words, 1 sentence, 6 syllables → reading ease 116.15 (Wikipedia).
    const accepted = await session.request('/api/v1/jobs', {
      method: 'POST',
      body: JSON.stringify({
        engine: 'text',
        task: 'analyze',
        input: { text: 'The cat sat on the mat.', keyword: 'cat' },
      }),
    });
    expect(accepted.status).toBe(202);
    const { id, status } = (await accepted.json()) as JobView;
    expect(status).toBe('queued');

    const statuses = await statusesUntilDone(stream, id);
    expect(statuses).toEqual(['queued', 'running', 'succeeded']);

    const job = await session.json<JobView>(`/api/v1/jobs/${id}`);
    expect(job).toMatchObject({ status: 'succeeded', progress: { percent: 100 } });
    expect(job.contentIds).toHaveLength(1);

    const content = await session.json<{ kind: string; mimeType: string }>(`/api/v1/content/${job.contentIds[0]}`);
    expect(content).toMatchObject({ kind: 'text/analysis', mimeType: 'application/json' });

    const download = await session.request(`/api/v1/content/${job.contentIds[0]}/download`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toContain('application/json');
    const analysis = (await download.json()) as {
      counts: { words: number; sentences: number; syllables: number };
      readability: { fleschReadingEase: number };
      keyword: { occurrences: number };
    };
    expect(analysis.counts).toMatchObject({ words: 6, sentences: 1, syllables: 6 });
    expect(analysis.readability.fleschReadingEase).toBeCloseTo(116.15, 1);
    expect(analysis.keyword.occurrences).toBe(1);
  });

  test("the per-job stream of a finished job sends its final snapshot and ends; another creator can't see it", async () => {
    const owner = await signUpAndLogIn(system.url);
    const { id } = await owner.json<JobView>('/api/v1/jobs', {
      method: 'POST',
      body: JSON.stringify({ engine: 'text', task: 'analyze', input: { text: 'Short and sweet.' } }),
    });
    let last: JobView | undefined;
    for await (const message of serverEvents(await owner.request(`/api/v1/jobs/${id}/events`))) {
      if (message.event === 'job') last = JSON.parse(message.data) as JobView;
    }
    expect(last?.status).toBe('succeeded');

    const stranger = await signUpAndLogIn(system.url);
    expect((await stranger.request(`/api/v1/jobs/${id}`)).status).toBe(404);
    expect((await stranger.request(`/api/v1/jobs/${id}/events`)).status).toBe(404);
    expect((await stranger.request(`/api/v1/content/${last?.contentIds[0]}`)).status).toBe(404);
  });
});
