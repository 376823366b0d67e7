import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, type LocalSystemProcess, startLocalSystemProcess } from '@contentflow/cli';
import { afterEach, describe, expect, test } from 'vitest';
import { type ApiSession, signUpAndLogIn } from './support/api-session.ts';

interface JobView {
  id: string;
  status: string;
  contentIds: string[];
}

const JOBS = 50;
const TERMINAL = new Set(['succeeded', 'failed', 'cancelled']);
let dataDir: string;
let running: LocalSystemProcess | undefined;

afterEach(async () => {
  running?.child.kill('SIGKILL');
  await running?.exited;
  running = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

/** A text long enough (~4,000 words) that 50 analyses take seconds, so the kill lands mid-way. */
function longText(seed: number): string {
  const sentences = [
    `Creator ${seed} plans a week of posts about sustainable travel and local food markets.`,
    'Short videos perform well when the hook lands in the first two seconds.',
    'Audiences reward honest reviews, clear captions and a consistent posting schedule.',
  ];
  return Array.from({ length: 300 }, (_, i) => sentences[i % sentences.length]).join(' ');
}

async function allJobs(session: ApiSession): Promise<JobView[]> {
  const jobs: JobView[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: JobView[]; nextCursor: string | null } = await session.json(
      `/api/v1/jobs?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    jobs.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return jobs;
}

describe('kill -9 of the whole local system', () => {
  test('50 accepted jobs all succeed after a restart, each with exactly one content record', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'cf-crash-'));
    const port = await freePort('127.0.0.1');
    running = await startLocalSystemProcess({ dataDir, port });
    const session = await signUpAndLogIn(running.url);

    const accepted: string[] = [];
    for (let batch = 0; batch < JOBS / 10; batch += 1) {
      const responses = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          session.json<JobView>('/api/v1/jobs', {
            method: 'POST',
            body: JSON.stringify({ engine: 'text', task: 'analyze', input: { text: longText(batch * 10 + i) } }),
          }),
        ),
      );
      accepted.push(...responses.map((job) => job.id));
    }
    const beforeKill = await allJobs(session);
    const unfinishedAtKill = beforeKill.filter((job) => !TERMINAL.has(job.status)).length;
    running.child.kill('SIGKILL');
    expect(await running.exited).toBe('SIGKILL');
    // The kill must land mid-way for this test to prove anything.
    expect(unfinishedAtKill).toBeGreaterThan(0);

    running = await startLocalSystemProcess({ dataDir, port });
    // Recovery waits out the leases and the in-progress idempotency windows of the killed run (≤ 30 s).
    const deadline = Date.now() + 90_000;
    let jobs = await allJobs(session);
    while (jobs.some((job) => !TERMINAL.has(job.status)) && Date.now() < deadline) {
      await sleep(250);
      jobs = await allJobs(session);
    }
    expect(jobs.map((job) => job.id).sort()).toEqual([...accepted].sort());
    expect(jobs.filter((job) => job.status === 'succeeded')).toHaveLength(JOBS);
    for (const job of jobs) expect(job.contentIds).toHaveLength(1);
    const content = await session.json<{ items: Array<{ jobId: string }> }>('/api/v1/content?limit=100');
    expect(content.items).toHaveLength(JOBS);
    expect(new Set(content.items.map((item) => item.jobId)).size).toBe(JOBS);
  }, 120_000);
});
