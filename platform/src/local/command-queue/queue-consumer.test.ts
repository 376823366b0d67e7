import { setTimeout as sleep } from 'node:timers/promises';
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import middy from '@middy/core';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type QueueConsumer,
  type QueueConsumerOptions,
  type SqsBatchHandler,
  startQueueConsumer,
} from './queue-consumer.ts';
import { useTempDatabase } from './queue-test-support.ts';
import { SqliteCommandQueue } from './sqlite-command-queue.ts';
import { InvalidBatchResponseError } from './sqs-event.ts';

const database = useTempDatabase();
// Long enough that a loaded machine does not redeliver a message whose handler is merely slow.
const VISIBILITY_TIMEOUT_SECONDS = 0.5;
const running: QueueConsumer[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((consumer) => consumer.stop({ timeoutSeconds: 0 })));
});

function commandQueue(visibilityTimeoutSeconds = VISIBILITY_TIMEOUT_SECONDS) {
  return new SqliteCommandQueue(database.open(), 'commands', { visibilityTimeoutSeconds });
}

function consume(queue: SqliteCommandQueue, handler: SqsBatchHandler, options: QueueConsumerOptions = {}) {
  const errors: unknown[] = [];
  const consumer = startQueueConsumer(queue, handler, {
    waitTimeSeconds: 1,
    onError: (e) => errors.push(e),
    ...options,
  });
  running.push(consumer);
  return { consumer, errors };
}

/** What is left in the queue once every visibility timeout has run out. */
async function remainingBodies(queue: SqliteCommandQueue): Promise<string[]> {
  await sleep(VISIBILITY_TIMEOUT_SECONDS * 1_000 + 100);
  return (await queue.receive({ maxMessages: 10 })).map((m) => m.body).sort();
}

/** A promise the test resolves when it chooses. */
function gate() {
  let open = (): void => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe('startQueueConsumer', () => {
  it('hands Lambda-shaped SQS events and a Lambda-like context, and deletes what succeeded', async () => {
    const queue = commandQueue();
    const sent = await queue.send({
      body: '{"jobId":"j1"}',
      attributes: {
        tenant: { dataType: 'String', stringValue: 't1' },
        blob: { dataType: 'Binary', binaryValue: new Uint8Array([104, 105]) },
      },
    });
    const calls: Array<{ event: SQSEvent; context: Context; remainingMs: number }> = [];
    const { consumer, errors } = consume(
      queue,
      async (event, context) => {
        calls.push({ event, context, remainingMs: context.getRemainingTimeInMillis() });
      },
      { functionName: 'job-processor', functionTimeoutSeconds: 10, region: 'eu-west-1', accountId: '123456789012' },
    );
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    await consumer.stop();

    const { event, context, remainingMs } = calls[0]!;
    const record = event.Records[0]!;
    expect(event.Records).toHaveLength(1);
    expect(record).toEqual({
      messageId: sent.messageId,
      receiptHandle: expect.any(String),
      body: '{"jobId":"j1"}',
      attributes: {
        ApproximateReceiveCount: '1',
        SentTimestamp: expect.stringMatching(/^\d{13}$/),
        SenderId: '123456789012',
        ApproximateFirstReceiveTimestamp: expect.stringMatching(/^\d{13}$/),
      },
      messageAttributes: {
        tenant: { dataType: 'String', stringValue: 't1', stringListValues: [], binaryListValues: [] },
        blob: { dataType: 'Binary', binaryValue: 'aGk=', stringListValues: [], binaryListValues: [] },
      },
      md5OfBody: sent.md5OfBody,
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:eu-west-1:123456789012:commands',
      awsRegion: 'eu-west-1',
    } satisfies SQSRecord);
    expect(context).toMatchObject({
      functionName: 'job-processor',
      functionVersion: '$LATEST',
      invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:job-processor',
      awsRequestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(remainingMs).toBeGreaterThan(0);
    expect(remainingMs).toBeLessThanOrEqual(10_000);
    expect(errors).toEqual([]);
    expect(await remainingBodies(queue)).toEqual([]);
  });

  it('deletes the successes of a partial batch response and redelivers the failures', async () => {
    const queue = commandQueue();
    await queue.sendBatch(['ok-1', 'flaky', 'ok-2'].map((body) => ({ id: body, body })));
    const seen: Array<[string, string]> = [];
    const { consumer, errors } = consume(queue, async (event: SQSEvent) => {
      for (const record of event.Records) seen.push([record.body, record.attributes.ApproximateReceiveCount]);
      const failures = event.Records.filter((r) => r.body === 'flaky' && r.attributes.ApproximateReceiveCount === '1');
      return { batchItemFailures: failures.map((r) => ({ itemIdentifier: r.messageId })) };
    });
    await vi.waitFor(() => expect(seen).toContainEqual(['flaky', '2']));
    await consumer.stop();
    expect(seen).toEqual(
      expect.arrayContaining([
        ['flaky', '1'],
        ['ok-1', '1'],
        ['ok-2', '1'],
      ]),
    );
    expect(errors).toEqual([]);
    expect(await remainingBodies(queue)).toEqual([]);
  });

  it('fails the whole batch when the handler throws', async () => {
    const queue = commandQueue();
    await queue.sendBatch(['a', 'b'].map((body) => ({ id: body, body })));
    const { consumer, errors } = consume(queue, async () => {
      throw new Error('engine down');
    });
    await vi.waitFor(() => expect(errors.length).toBeGreaterThan(0));
    await consumer.stop({ timeoutSeconds: 5 });
    expect(errors[0]).toMatchObject({ message: 'engine down' });
    expect(await remainingBodies(queue)).toEqual(['a', 'b']);
  });

  it('fails the whole batch on a response Lambda would reject', async () => {
    const queue = commandQueue();
    await queue.sendBatch(['a', 'b'].map((body) => ({ id: body, body })));
    const { consumer, errors } = consume(queue, async () => ({
      batchItemFailures: [{ itemIdentifier: 'not-in-batch' }],
    }));
    await vi.waitFor(() => expect(errors.length).toBeGreaterThan(0));
    await consumer.stop({ timeoutSeconds: 5 });
    expect(errors[0]).toBeInstanceOf(InvalidBatchResponseError);
    expect(await remainingBodies(queue)).toEqual(['a', 'b']);
  });

  it('runs at most `concurrency` invocations at once while the backlog waits in the queue', async () => {
    const queue = commandQueue(30);
    await queue.sendBatch(Array.from({ length: 6 }, (_, i) => ({ id: `m${i}`, body: `${i}` })));
    const release = gate();
    let active = 0;
    let mostActive = 0;
    const done: string[] = [];
    const { consumer } = consume(
      queue,
      async (event: SQSEvent) => {
        active += 1;
        mostActive = Math.max(mostActive, active);
        await release.opened;
        done.push(...event.Records.map((r) => r.body));
        active -= 1;
      },
      { batchSize: 1, concurrency: 2 },
    );
    await vi.waitFor(() => expect(active).toBe(2));
    // The others are still in the queue, not buffered by the consumer: another reader can take them.
    const backlog = await new SqliteCommandQueue(database.open(), 'commands').receive({ maxMessages: 10 });
    expect(backlog).toHaveLength(4);
    for (const { receiptHandle } of backlog) await queue.changeVisibility(receiptHandle, 0);

    release.open();
    await vi.waitFor(() => expect(done).toHaveLength(6));
    await consumer.stop();
    expect(mostActive).toBe(2);
    expect(done.sort()).toEqual(['0', '1', '2', '3', '4', '5']);
  });

  it('on stop, waits for batches in flight to finish', async () => {
    const queue = commandQueue();
    await queue.send({ body: 'slow' });
    const order: string[] = [];
    const { consumer, errors } = consume(queue, async () => {
      order.push('started');
      await sleep(100);
      order.push('finished');
    });
    await vi.waitFor(() => expect(order).toEqual(['started']));
    await consumer.stop({ timeoutSeconds: 10 });
    order.push('stopped');
    await queue.send({ body: 'after stop' });

    expect(order).toEqual(['started', 'finished', 'stopped']);
    expect(errors).toEqual([]);
    expect(await remainingBodies(queue)).toEqual(['after stop']);
  });

  it('on stop, makes the messages of a batch that outlives the deadline visible again at once', async () => {
    const queue = commandQueue(600);
    await queue.sendBatch(['a', 'b'].map((body) => ({ id: body, body })));
    const release = gate();
    let invoked = false;
    const { consumer, errors } = consume(queue, async () => {
      invoked = true;
      await release.opened;
    });
    await vi.waitFor(() => expect(invoked).toBe(true));
    await consumer.stop({ timeoutSeconds: 0.1 });

    const released = await queue.receive({ maxMessages: 10 });
    expect(released.map((m) => [m.body, m.approximateReceiveCount])).toEqual([
      ['a', 2],
      ['b', 2],
    ]);
    // The late success must not delete anything now that the messages belong to someone else.
    release.open();
    await sleep(50);
    for (const { receiptHandle } of released) await queue.delete(receiptHandle);
    expect(errors).toEqual([]);
  });

  it('rejects options a Lambda event source mapping would reject', async () => {
    const queue = commandQueue();
    expect(() => startQueueConsumer(queue, async () => undefined, { batchSize: 11 })).toThrow(/batchSize/);
    expect(() => startQueueConsumer(queue, async () => undefined, { concurrency: 0 })).toThrow(/concurrency/);
    const { consumer } = consume(queue, async () => undefined);
    await expect(consumer.stop({ timeoutSeconds: -1 })).rejects.toMatchObject({ code: 'InvalidParameterValue' });
  });

  it('runs a Powertools BatchProcessor handler wrapped in middy unchanged', async () => {
    const queue = commandQueue();
    await queue.sendBatch(Array.from({ length: 9 }, (_, n) => ({ id: `n${n}`, body: JSON.stringify({ n }) })));
    const processed: Array<{ n: number; receiveCount: string }> = [];
    const processor = new BatchProcessor(EventType.SQS);
    const recordHandler = async (record: SQSRecord): Promise<void> => {
      const { n } = JSON.parse(record.body) as { n: number };
      const receiveCount = record.attributes.ApproximateReceiveCount;
      if (n % 3 === 0 && receiveCount === '1') throw new Error(`transient failure for ${n}`);
      processed.push({ n, receiveCount });
    };
    const handler = middy(async (event: SQSEvent, context: Context) =>
      processPartialResponse(event, recordHandler, processor, { context }),
    );

    const { consumer, errors } = consume(queue, handler);
    await vi.waitFor(() => expect(processed).toHaveLength(9));
    await consumer.stop();
    expect(processed.sort((x, y) => x.n - y.n)).toEqual(
      Array.from({ length: 9 }, (_, n) => ({ n, receiveCount: n % 3 === 0 ? '2' : '1' })),
    );
    expect(errors).toEqual([]);
    expect(await remainingBodies(queue)).toEqual([]);
  });
});
