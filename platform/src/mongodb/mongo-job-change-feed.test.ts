import type { ResumeToken } from 'mongodb';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Job } from '../domain/job.ts';
import type { JobDocument } from './documents.ts';
import type { JobChangeStream, JobChangeStreamSource, JobDocumentChange } from './job-change-stream-source.ts';
import { jobFromDocument } from './job-document.ts';
import { type JobChangeFeedError, MongoJobChangeFeed } from './mongo-job-change-feed.ts';

/** A change stream the test scripts: changes, a failure, or its end, each when the test says. */
class ScriptedStream implements JobChangeStream {
  readonly resumeAfter: ResumeToken | undefined;
  closed = false;
  readonly #script: Array<JobDocumentChange | Error | 'end'> = [];
  #wake: (() => void) | undefined;

  constructor(resumeAfter: ResumeToken | undefined) {
    this.resumeAfter = resumeAfter;
  }

  emit(step: JobDocumentChange | Error | 'end'): void {
    this.#script.push(step);
    this.#wakeUp();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.#wakeUp();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<JobDocumentChange> {
    while (!this.closed) {
      const step = this.#script.shift();
      if (step === undefined) {
        await new Promise<void>((resolve) => {
          this.#wake = resolve;
        });
      } else if (step === 'end') {
        return;
      } else if (step instanceof Error) {
        throw step;
      } else {
        yield step;
      }
    }
  }

  #wakeUp(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}

class ResumePointLost extends Error {}

/** Opens scripted streams, failing the opens the test queued first. */
class ScriptedSource implements JobChangeStreamSource {
  readonly streams: ScriptedStream[] = [];
  readonly openFailures: Error[] = [];
  opens = 0;

  async open(resumeAfter: ResumeToken | undefined): Promise<JobChangeStream> {
    this.opens += 1;
    const failure = this.openFailures.shift();
    if (failure) throw failure;
    const stream = new ScriptedStream(resumeAfter);
    this.streams.push(stream);
    return stream;
  }

  isResumePointLost(error: unknown): boolean {
    return error instanceof ResumePointLost;
  }

  /** The n-th stream opened (from 1), once it is. */
  async stream(n: number): Promise<ScriptedStream> {
    await vi.waitFor(() => expect(this.streams.length).toBeGreaterThanOrEqual(n), WAIT);
    const stream = this.streams[n - 1];
    if (!stream) throw new Error(`stream ${n} was not opened`);
    return stream;
  }
}

const WAIT = { timeout: 5_000, interval: 2 };

function document(tenantId: string, id: string, percent = 0): JobDocument {
  return {
    _id: id,
    tenantId,
    engine: 'text',
    task: 'analyze',
    input: { text: 'hello' },
    status: 'running',
    progress: { percent },
    contentIds: [],
    correlationId: 'corr-1',
    createdAt: new Date('2026-03-01T09:00:00.000Z'),
    updatedAt: new Date('2026-03-01T09:00:01.000Z'),
    startedAt: new Date('2026-03-01T09:00:01.000Z'),
  };
}

function change(token: string, job: JobDocument | null): JobDocumentChange {
  return { resumeToken: { _data: token }, document: job };
}

const feeds: MongoJobChangeFeed[] = [];
interface FeedUnderTest {
  feed: MongoJobChangeFeed;
  errors: JobChangeFeedError[];
  /** The failure counts the feed asked a retry delay for. */
  retries: number[];
}
function feedOver(source: ScriptedSource, retryDelayMs = 1): FeedUnderTest {
  const errors: JobChangeFeedError[] = [];
  const retries: number[] = [];
  const feed = new MongoJobChangeFeed({
    source,
    retryDelayMs: (failures) => {
      retries.push(failures);
      return retryDelayMs;
    },
    onError: (error) => errors.push(error),
  });
  feeds.push(feed);
  return { feed, errors, retries };
}

afterEach(async () => {
  for (const feed of feeds.splice(0)) await feed.close();
});

describe('MongoDB job change feed', () => {
  test('delivers each changed document as the repository reads it, to its tenant only', async () => {
    const source = new ScriptedSource();
    const { feed } = feedOver(source);
    const seen: Job[] = [];
    feed.subscribe('tenant-a', (job) => seen.push(job));
    const stream = await source.stream(1);
    stream.emit(change('1', document('tenant-b', 'job-b')));
    stream.emit(change('2', null));
    stream.emit(change('3', document('tenant-a', 'job-a', 30)));
    await vi.waitFor(() => expect(seen).toHaveLength(1), WAIT);
    expect(seen[0]).toEqual({
      id: 'job-a',
      tenantId: 'tenant-a',
      engine: 'text',
      task: 'analyze',
      input: { text: 'hello' },
      status: 'running',
      progress: { percent: 30 },
      contentIds: [],
      steps: [],
      correlationId: 'corr-1',
      createdAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-01T09:00:01.000Z',
      startedAt: '2026-03-01T09:00:01.000Z',
    });
  });

  test("publishing delivers nothing: the stream alone reports changes, this process's own included", async () => {
    const source = new ScriptedSource();
    const { feed } = feedOver(source);
    const seen: string[] = [];
    feed.subscribe('tenant-a', (job) => seen.push(job.id));
    feed.publish(jobFromDocument(document('tenant-a', 'published')));
    (await source.stream(1)).emit(change('1', document('tenant-a', 'streamed')));
    await vi.waitFor(() => expect(seen).toContain('streamed'), WAIT);
    expect(seen).toEqual(['streamed']);
  });

  test('opens one stream for all its subscribers, and none until someone listens', async () => {
    const source = new ScriptedSource();
    const { feed } = feedOver(source);
    feed.publish(jobFromDocument(document('tenant-a', 'job-a')));
    expect(source.opens).toBe(0);
    const first: string[] = [];
    const second: string[] = [];
    feed.subscribe('tenant-a', (job) => first.push(job.id));
    feed.subscribe('tenant-a', (job) => second.push(job.id));
    (await source.stream(1)).emit(change('1', document('tenant-a', 'job-a')));
    await vi.waitFor(() => expect(second).toEqual(['job-a']), WAIT);
    expect(first).toEqual(['job-a']);
    expect(source.opens).toBe(1);
  });

  test('after a failure it reopens after the last change delivered, backing off until a change arrives', async () => {
    const source = new ScriptedSource();
    const { feed, errors, retries } = feedOver(source);
    const seen: string[] = [];
    feed.subscribe('tenant-a', (job) => seen.push(job.id));
    const first = await source.stream(1);
    first.emit(change('1', document('tenant-a', 'job-1')));
    first.emit(new Error('connection reset'));

    const second = await source.stream(2);
    expect(first.closed).toBe(true);
    expect(second.resumeAfter).toEqual({ _data: '1' });
    source.openFailures.push(new Error('no primary'), new Error('no primary'));
    second.emit(new Error('connection reset'));

    const third = await source.stream(3);
    expect(third.resumeAfter).toEqual({ _data: '1' });
    third.emit(change('2', document('tenant-a', 'job-2')));
    third.emit(new Error('connection reset'));

    const fourth = await source.stream(4);
    expect(fourth.resumeAfter).toEqual({ _data: '2' });
    expect(seen).toEqual(['job-1', 'job-2']);
    expect(retries).toEqual([1, 2, 3, 4, 1]);
    expect(errors).toHaveLength(5);
    expect(errors[0]?.cause).toEqual(new Error('connection reset'));
  });

  test('a lost resume point, or the stream ending by itself, reopens from now', async () => {
    const source = new ScriptedSource();
    const { feed, errors } = feedOver(source);
    void feed.open();
    const first = await source.stream(1);
    first.emit(change('1', document('tenant-a', 'job-1')));
    first.emit(new ResumePointLost('oplog rolled over'));
    const second = await source.stream(2);
    expect(second.resumeAfter).toBeUndefined();

    second.emit(change('2', document('tenant-a', 'job-2')));
    second.emit('end');
    const third = await source.stream(3);
    expect(third.resumeAfter).toBeUndefined();
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringContaining('failed'),
      expect.stringContaining('ended by itself'),
    ]);
  });

  test('a listener that throws is reported and later changes still flow', async () => {
    const source = new ScriptedSource();
    const { feed, errors } = feedOver(source);
    const seen: string[] = [];
    feed.subscribe('tenant-a', (job) => {
      if (job.id === 'bad') throw new Error('listener broke');
      seen.push(job.id);
    });
    const stream = await source.stream(1);
    stream.emit(change('1', document('tenant-a', 'bad')));
    stream.emit(change('2', document('tenant-a', 'good')));
    await vi.waitFor(() => expect(seen).toEqual(['good']), WAIT);
    expect(errors.map((error) => error.message)).toEqual(['a job change listener failed on job bad']);
    expect(source.opens).toBe(1);
  });

  test('open() settles after the first attempt even when it fails, and the feed keeps trying', async () => {
    const source = new ScriptedSource();
    source.openFailures.push(new Error('not a replica set'));
    const { feed, errors } = feedOver(source);
    await feed.open();
    expect(errors).toHaveLength(1);
    await source.stream(1);
    expect(source.opens).toBe(2);
  });

  test('closing closes the stream, stops reopening, and a later subscriber opens nothing', async () => {
    const source = new ScriptedSource();
    const { feed, errors } = feedOver(source, 60_000);
    feed.subscribe('tenant-a', () => {});
    const stream = await source.stream(1);
    stream.emit(new Error('connection reset'));
    // Now waiting a minute to reopen: closing must not wait for that.
    await vi.waitFor(() => expect(errors).toHaveLength(1), WAIT);
    await feed.close();
    expect(stream.closed).toBe(true);
    feed.subscribe('tenant-a', () => {});
    expect(source.opens).toBe(1);
  });

  test('closing while a stream is open closes it', async () => {
    const source = new ScriptedSource();
    const { feed } = feedOver(source);
    await feed.open();
    const stream = await source.stream(1);
    await feed.close();
    expect(stream.closed).toBe(true);
    expect(source.opens).toBe(1);
  });
});
