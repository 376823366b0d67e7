import { InProcessJobChangeFeed, type Job } from '@contentflow/platform';
import { describe, expect, test } from 'vitest';
import { JobChangeSubscription } from './job-change-subscription.ts';

function job(id: string, status: Job['status'], tenantId = 't1'): Job {
  const at = new Date().toISOString();
  return {
    id,
    tenantId,
    engine: 'text',
    task: 'echo',
    input: {},
    status,
    progress: { percent: 0 },
    contentIds: [],
    steps: [],
    correlationId: 'c',
    createdAt: at,
    updatedAt: at,
  };
}

async function take(subscription: JobChangeSubscription, count: number): Promise<string[]> {
  const seen: string[] = [];
  for await (const change of subscription) {
    seen.push(`${change.id}:${change.status}`);
    if (seen.length === count) break;
  }
  return seen;
}

describe('JobChangeSubscription', () => {
  test("a slow reader gets each job's latest state, in the order of the latest changes", async () => {
    const feed = new InProcessJobChangeFeed();
    const subscription = new JobChangeSubscription(feed, 't1', new AbortController().signal);
    feed.publish(job('a', 'queued'));
    feed.publish(job('b', 'queued'));
    feed.publish(job('a', 'running'));
    feed.publish(job('x', 'queued', 't2'));
    expect(await take(subscription, 2)).toEqual(['b:queued', 'a:running']);
  });

  test('ends when the signal aborts, and stops listening', async () => {
    const feed = new InProcessJobChangeFeed();
    const stop = new AbortController();
    const subscription = new JobChangeSubscription(feed, 't1', stop.signal);
    const reading = take(subscription, 10);
    feed.publish(job('a', 'queued'));
    setImmediate(() => stop.abort());
    expect(await reading).toEqual(['a:queued']);
    feed.publish(job('b', 'queued'));
    expect(await take(subscription, 1)).toEqual([]);
  });

  test('a reader that stops iterating closes it', async () => {
    const feed = new InProcessJobChangeFeed();
    const subscription = new JobChangeSubscription(feed, 't1', new AbortController().signal);
    feed.publish(job('a', 'queued'));
    feed.publish(job('b', 'queued'));
    expect(await take(subscription, 1)).toEqual(['a:queued']);
    expect(await take(subscription, 1)).toEqual([]);
  });
});
