import { InProcessJobChangeFeed, type Job } from '@contentflow/platform';
import { describe, expect, test } from 'vitest';
import { JobChangeSubscription } from './job-change-subscription.ts';

function job(id: string, status: Job['status'], tenantId = 't1', percent = 0, steps: Job['steps'] = []): Job {
  const at = new Date().toISOString();
  return {
    id,
    tenantId,
    engine: 'text',
    task: 'echo',
    input: {},
    status,
    progress: { percent },
    contentIds: [],
    steps,
    correlationId: 'c',
    createdAt: at,
    updatedAt: at,
  };
}

async function take(subscription: JobChangeSubscription, count: number): Promise<string[]> {
  const seen: string[] = [];
  for await (const change of subscription) {
    const steps = change.steps.map((step) => ` ${step.name}:${step.status}`).join('');
    seen.push(`${change.id}:${change.status}${change.progress.percent ? ` ${change.progress.percent}%` : ''}${steps}`);
    if (seen.length === count) break;
  }
  return seen;
}

describe('JobChangeSubscription', () => {
  test('a slow reader gets every status change in order, and only the newest of a run of progress', async () => {
    const feed = new InProcessJobChangeFeed();
    const subscription = new JobChangeSubscription(feed, 't1', new AbortController().signal);
    feed.publish(job('a', 'queued'));
    feed.publish(job('b', 'queued'));
    feed.publish(job('a', 'running'));
    feed.publish(job('a', 'running', 't1', 10));
    feed.publish(job('x', 'queued', 't2'));
    feed.publish(job('a', 'running', 't1', 60));
    feed.publish(job('a', 'succeeded', 't1', 100));
    expect(await take(subscription, 4)).toEqual(['a:queued', 'b:queued', 'a:running 60%', 'a:succeeded 100%']);
  });

  test("keeps each change of a step's status, however fast they come", async () => {
    const feed = new InProcessJobChangeFeed();
    const subscription = new JobChangeSubscription(feed, 't1', new AbortController().signal);
    const step = (status: 'running' | 'succeeded') => ({ name: 'video', status, attempt: 1, contentIds: [] });
    feed.publish(job('p', 'running', 't1', 0, [step('running')]));
    feed.publish(job('p', 'running', 't1', 50, [step('running')]));
    feed.publish(job('p', 'running', 't1', 90, [step('succeeded')]));
    expect(await take(subscription, 2)).toEqual(['p:running 50% video:running', 'p:running 90% video:succeeded']);
  });

  test('a progress change read already is not replaced: the next one comes as a change of its own', async () => {
    const feed = new InProcessJobChangeFeed();
    const subscription = new JobChangeSubscription(feed, 't1', new AbortController().signal);
    const reader = subscription[Symbol.asyncIterator]();
    feed.publish(job('a', 'running', 't1', 10));
    expect((await reader.next()).value?.progress).toEqual({ percent: 10 });
    feed.publish(job('a', 'running', 't1', 20));
    expect((await reader.next()).value?.progress).toEqual({ percent: 20 });
    await reader.return(undefined);
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
