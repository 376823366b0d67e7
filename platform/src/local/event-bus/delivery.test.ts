import { describe, expect, it, vi } from 'vitest';
import type { ReceivedMessage } from '../../ports/command-queue.port.ts';
import { SqliteCommandQueue } from '../command-queue/sqlite-command-queue.ts';
import type { BusEvent } from './bus-event.ts';
import { putAll, recordingHandler, testEntry, useBusFixture } from './bus-test-support.ts';

const fixture = useBusFixture();
const anyTestEvent = { source: ['contentflow.test'] };
const fastBackoff = { baseDelayMs: 5, maxDelayMs: 20 };

function failingHandler(failures: number) {
  const calls: BusEvent[] = [];
  return {
    calls,
    handler: async (event: BusEvent) => {
      calls.push(event);
      if (calls.length <= failures) throw new Error(`boom ${calls.length}`);
    },
  };
}

async function receiveAll(queue: SqliteCommandQueue, count: number): Promise<ReceivedMessage[]> {
  const messages: ReceivedMessage[] = [];
  await vi.waitFor(async () => {
    messages.push(...(await queue.receive({ maxMessages: 10 })));
    expect(messages).toHaveLength(count);
  });
  return messages;
}

const attribute = (message: ReceivedMessage | undefined, name: string) => message?.attributes[name]?.stringValue;

describe('SqliteEventBus delivery', () => {
  it('retries a failing target with backoff until it succeeds', async () => {
    const bus = fixture.bus();
    const target = failingHandler(2);
    bus.registerRule({
      name: 'all',
      eventPattern: anyTestEvent,
      targets: [{ id: 't', handler: target.handler, backoff: fastBackoff }],
    });
    bus.start();

    const [id] = await putAll(bus, [testEntry(1)]);

    await vi.waitFor(() => expect(bus.pendingDeliveryCounts()).toEqual([]));
    expect(target.calls.map((event) => event.id)).toEqual([id, id, id]);
    expect(bus.deadDeliveries()).toEqual([]);
  });

  it('sends the event to the dead-letter queue with EventBridge attributes once the retries run out', async () => {
    const bus = fixture.bus({ account: '123456789012', region: 'eu-west-1' });
    const dlq = new SqliteCommandQueue(fixture.open(), 'bus-dlq');
    const target = failingHandler(Number.POSITIVE_INFINITY);
    bus.registerRule({
      name: 'all',
      eventPattern: anyTestEvent,
      targets: [
        {
          id: 'thumbnails',
          handler: target.handler,
          retryPolicy: { maximumRetryAttempts: 2 },
          backoff: fastBackoff,
          deadLetterQueue: dlq,
        },
      ],
    });
    bus.start();

    const [id] = await putAll(bus, [testEntry(1)]);

    const [message] = await receiveAll(dlq, 1);
    expect(JSON.parse(message!.body)).toMatchObject({ id, source: 'contentflow.test', detail: { n: 1 } });
    expect(attribute(message, 'ERROR_CODE')).toBe('ERROR_FROM_TARGET');
    expect(attribute(message, 'ERROR_MESSAGE')).toBe('Error: boom 3');
    expect(attribute(message, 'EXHAUSTED_RETRY_CONDITION')).toBe('MaximumRetryAttempts');
    expect(attribute(message, 'RETRY_ATTEMPTS')).toBe('2');
    expect(attribute(message, 'RULE_ARN')).toBe('arn:aws:events:eu-west-1:123456789012:rule/all');
    expect(attribute(message, 'TARGET_ARN')).toBe('arn:aws:lambda:eu-west-1:123456789012:function:thumbnails');
    expect(target.calls).toHaveLength(3);
    expect(bus.pendingDeliveryCounts()).toEqual([]);
  });

  it('keeps an undeliverable event as dead, with its last error, when the target has no dead-letter queue', async () => {
    const bus = fixture.bus();
    const target = failingHandler(Number.POSITIVE_INFINITY);
    bus.registerRule({
      name: 'all',
      eventPattern: anyTestEvent,
      targets: [{ id: 't', handler: target.handler, retryPolicy: { maximumRetryAttempts: 0 } }],
    });
    bus.start();

    const [id] = await putAll(bus, [testEntry(1)]);

    await vi.waitFor(() => expect(bus.deadDeliveries()).toHaveLength(1));
    expect(bus.deadDeliveries()[0]).toMatchObject({
      eventId: id,
      ruleName: 'all',
      targetId: 't',
      attempts: 1,
      error: { code: 'ERROR_FROM_TARGET', message: 'Error: boom 1' },
      event: { id, detail: { n: 1 } },
    });
    expect(target.calls).toHaveLength(1);
  });

  it('dead-letters at once when the next retry would come after the maximum event age', async () => {
    const bus = fixture.bus();
    const dlq = new SqliteCommandQueue(fixture.open(), 'bus-dlq');
    const target = failingHandler(Number.POSITIVE_INFINITY);
    bus.registerRule({
      name: 'all',
      eventPattern: anyTestEvent,
      targets: [
        {
          id: 't',
          handler: target.handler,
          retryPolicy: { maximumEventAgeInSeconds: 60 },
          // The first retry waits at least half of 240 s: past the 60 s age limit.
          backoff: { baseDelayMs: 240_000 },
          deadLetterQueue: dlq,
        },
      ],
    });
    bus.start();

    await putAll(bus, [testEntry(1)]);

    const [message] = await receiveAll(dlq, 1);
    expect(attribute(message, 'EXHAUSTED_RETRY_CONDITION')).toBe('MaximumEventAgeInSeconds');
    expect(attribute(message, 'RETRY_ATTEMPTS')).toBe('0');
    expect(target.calls).toHaveLength(1);
  });

  it('dead-letters a backlogged event older than the maximum age without invoking the target', async () => {
    let now = Date.parse('2026-11-02T10:00:00Z');
    const bus = fixture.bus({ now: () => now });
    const dlq = new SqliteCommandQueue(fixture.open(), 'bus-dlq');
    const target = recordingHandler();
    bus.registerRule({
      name: 'all',
      eventPattern: anyTestEvent,
      targets: [
        { id: 't', handler: target.handler, retryPolicy: { maximumEventAgeInSeconds: 60 }, deadLetterQueue: dlq },
      ],
    });
    const [stale] = await putAll(bus, [testEntry(1)]);
    now += 60_000;
    const [fresh] = await putAll(bus, [testEntry(2)]);

    bus.start();

    const [message] = await receiveAll(dlq, 1);
    expect(JSON.parse(message!.body)).toMatchObject({ id: stale });
    expect(attribute(message, 'EXHAUSTED_RETRY_CONDITION')).toBe('MaximumEventAgeInSeconds');
    expect(attribute(message, 'RETRY_ATTEMPTS')).toBe('0');
    await vi.waitFor(() => expect(target.events.map((event) => event.id)).toEqual([fresh]));
  });

  it('keeps the event as dead, with both reasons, when the dead-letter queue refuses it', async () => {
    const bus = fixture.bus();
    const tinyDlq = new SqliteCommandQueue(fixture.open(), 'tiny-dlq', { maxMessageSizeBytes: 1_024 });
    bus.registerRule({
      name: 'all',
      eventPattern: anyTestEvent,
      targets: [
        {
          id: 't',
          handler: failingHandler(Number.POSITIVE_INFINITY).handler,
          retryPolicy: { maximumRetryAttempts: 0 },
          deadLetterQueue: tinyDlq,
        },
      ],
    });
    bus.start();

    await putAll(bus, [testEntry(1, { detail: { padding: 'x'.repeat(2_000) } })]);

    await vi.waitFor(() => expect(bus.deadDeliveries()).toHaveLength(1));
    expect(bus.deadDeliveries()[0]?.error.message).toMatch(/^Error: boom 1; the dead-letter queue refused it: .*bytes/);
  });

  it('never runs more invocations of a target at once than its concurrency, across processes', async () => {
    let running = 0;
    let peak = 0;
    const delivered: string[] = [];
    const slowHandler = async (event: BusEvent) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 15));
      running -= 1;
      delivered.push(event.id);
    };
    const [first, second] = [fixture.bus(), fixture.bus()];
    for (const bus of [first, second]) {
      bus.registerRule({
        name: 'all',
        eventPattern: anyTestEvent,
        targets: [{ id: 't', handler: slowHandler, maxConcurrency: 3 }],
      });
      bus.start();
    }

    const ids = await putAll(
      first,
      Array.from({ length: 24 }, (_, n) => testEntry(n)),
    );

    await vi.waitFor(() => expect(delivered.sort()).toEqual(ids.sort()), { timeout: 10_000 });
    expect(peak).toBe(3);
  });

  it('shares a backlog between processes without delivering any event twice', async () => {
    const consumers = [recordingHandler(), recordingHandler()];
    for (const consumer of consumers) {
      const bus = fixture.bus();
      bus.registerRule({ name: 'all', eventPattern: anyTestEvent, targets: [{ id: 't', handler: consumer.handler }] });
      bus.start();
    }
    const publisher = fixture.bus();

    const ids = await putAll(
      publisher,
      Array.from({ length: 60 }, (_, n) => testEntry(n)),
    );

    const delivered = () => consumers.flatMap((consumer) => consumer.events.map((event) => event.id));
    await vi.waitFor(() => expect(delivered()).toHaveLength(60), { timeout: 10_000 });
    expect(delivered().sort()).toEqual(ids.sort());
  });

  it('delivers what was pending when the process stopped once the same rule is registered again', async () => {
    const before = fixture.bus();
    before.registerRule({ name: 'all', eventPattern: anyTestEvent, targets: [{ id: 't', handler: async () => {} }] });
    const ids = await putAll(before, [testEntry(1), testEntry(2), testEntry(3)]);
    await before.stop();

    const after = fixture.bus();
    const target = recordingHandler();
    after.registerRule({ name: 'all', eventPattern: anyTestEvent, targets: [{ id: 't', handler: target.handler }] });
    after.start();

    await vi.waitFor(() => expect(target.events.map((event) => event.id).sort()).toEqual(ids.sort()));
  });

  it('on stop, waits for running handlers, then hands back the leases of those past the deadline', async () => {
    const stopping = fixture.bus({ leaseMs: 60_000 });
    const finish = new Map<string, () => void>();
    stopping.registerRule({
      name: 'all',
      eventPattern: anyTestEvent,
      targets: [{ id: 't', handler: (event) => new Promise<void>((resolve) => finish.set(event.id, resolve)) }],
    });
    stopping.start();
    const [hanging, quick] = await putAll(stopping, [testEntry(1), testEntry(2)]);
    await vi.waitFor(() => expect(finish.size).toBe(2));

    const stopped = stopping.stop({ timeoutMs: 300 });
    finish.get(quick!)!();
    await stopped;

    // The lease would last a minute; handed back, the hanging delivery goes to the next process at once.
    const next = fixture.bus();
    const target = recordingHandler();
    next.registerRule({ name: 'all', eventPattern: anyTestEvent, targets: [{ id: 't', handler: target.handler }] });
    next.start();
    await vi.waitFor(() => expect(target.events.map((event) => event.id)).toEqual([hanging]));
    expect(next.pendingDeliveryCounts()).toEqual([]);
  });
});
