import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ReceivedMessage } from '../../ports/command-queue.port.ts';
import { CommandQueueError, MessageTooLongError } from '../../ports/command-queue-error.ts';
import { readLines, startWorker, useTempDatabase } from './queue-test-support.ts';
import { SqliteCommandQueue } from './sqlite-command-queue.ts';

const database = useTempDatabase();

function queue(name = 'commands', options: ConstructorParameters<typeof SqliteCommandQueue>[2] = {}) {
  return new SqliteCommandQueue(database.open(), name, options);
}

/** The rejection's SQS code, so tests can state which error they expect. */
async function errorCode(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  if (!(error instanceof CommandQueueError)) throw new Error(`expected a CommandQueueError, got ${String(error)}`);
  return error.code;
}

async function receiveOne(q: SqliteCommandQueue, waitTimeSeconds = 5): Promise<ReceivedMessage> {
  const [message, ...more] = await q.receive({ waitTimeSeconds });
  expect(more).toEqual([]);
  if (!message) throw new Error('no message arrived');
  return message;
}

describe('SqliteCommandQueue send and receive', () => {
  it('delivers body, MD5, attributes and timestamps as SQS does', async () => {
    const q = queue();
    const before = Date.now();
    const sent = await q.send({
      body: 'héllo ✓',
      attributes: {
        kind: { dataType: 'String', stringValue: 'render' },
        priority: { dataType: 'Number', stringValue: '-1.5e3' },
        thumbnail: { dataType: 'Binary', binaryValue: new Uint8Array([0, 255, 7]) },
      },
    });
    // MD5 of the UTF-8 bytes, checked against an independent digest (`printf 'héllo ✓' | md5sum`).
    expect(sent.md5OfBody).toBe('21b1ae5bc147bb564254200a4731e337');

    const received = await receiveOne(q);
    expect(received).toMatchObject({
      messageId: sent.messageId,
      body: 'héllo ✓',
      md5OfBody: sent.md5OfBody,
      approximateReceiveCount: 1,
      attributes: {
        kind: { dataType: 'String', stringValue: 'render' },
        priority: { dataType: 'Number', stringValue: '-1.5e3' },
        thumbnail: { dataType: 'Binary', binaryValue: new Uint8Array([0, 255, 7]) },
      },
    });
    expect(received.sentTimestamp).toBeGreaterThanOrEqual(before);
    expect(received.approximateFirstReceiveTimestamp).toBeGreaterThanOrEqual(received.sentTimestamp);
    expect(received.approximateFirstReceiveTimestamp).toBeLessThanOrEqual(Date.now());
  });

  it('receives up to maxMessages at once, oldest first', async () => {
    const q = queue();
    const ids: string[] = [];
    for (let i = 0; i < 12; i += 1) ids.push((await q.send({ body: `m${i}` })).messageId);
    const first = await q.receive({ maxMessages: 10 });
    expect(first.map((m) => m.messageId)).toEqual(ids.slice(0, 10));
    expect((await q.receive({ maxMessages: 10 })).map((m) => m.messageId)).toEqual(ids.slice(10));
    expect(await q.receive({ maxMessages: 10 })).toEqual([]);
  });

  it('keeps queues in one file apart', async () => {
    const jobs = queue('jobs');
    const mail = queue('mail');
    await jobs.send({ body: 'job' });
    expect(await mail.receive()).toEqual([]);
    expect((await receiveOne(jobs)).body).toBe('job');
  });
});

describe('visibility timeout', () => {
  it('hides a received message, then redelivers it with receive count 2 and a new receipt handle', async () => {
    const q = queue('commands', { visibilityTimeoutSeconds: 0.2 });
    await q.send({ body: 'work' });
    const first = await receiveOne(q);
    expect(await q.receive()).toEqual([]);

    const second = await receiveOne(q, 5);
    expect(Date.now() - first.approximateFirstReceiveTimestamp).toBeGreaterThanOrEqual(200);
    expect(second).toMatchObject({
      messageId: first.messageId,
      approximateReceiveCount: 2,
      approximateFirstReceiveTimestamp: first.approximateFirstReceiveTimestamp,
    });
    expect(second.receiptHandle).not.toBe(first.receiptHandle);

    expect(await errorCode(q.delete(first.receiptHandle))).toBe('ReceiptHandleIsInvalid');
    await q.delete(second.receiptHandle);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await q.receive()).toEqual([]);
  });

  it('takes a per-receive visibility timeout; zero leaves messages visible', async () => {
    const q = queue('commands', { visibilityTimeoutSeconds: 600 });
    await q.send({ body: 'a' });
    await q.send({ body: 'b' });
    const first = await q.receive({ maxMessages: 10, visibilityTimeoutSeconds: 0 });
    expect(first.map((m) => m.body)).toEqual(['a', 'b']);
    const again = await q.receive({ maxMessages: 10 });
    expect(again.map((m) => [m.body, m.approximateReceiveCount])).toEqual([
      ['a', 2],
      ['b', 2],
    ]);
    expect(await q.receive()).toEqual([]);
  });

  it('changeVisibility releases a message at once or extends its timeout', async () => {
    const q = queue('commands', { visibilityTimeoutSeconds: 0.2 });
    await q.send({ body: 'work' });
    const held = await receiveOne(q);
    await q.changeVisibility(held.receiptHandle, 600);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await q.receive()).toEqual([]);

    await q.changeVisibility(held.receiptHandle, 0);
    const released = await receiveOne(q, 0);
    expect(released.approximateReceiveCount).toBe(2);
    expect(await errorCode(q.changeVisibility(held.receiptHandle, 0))).toBe('ReceiptHandleIsInvalid');
    expect(await errorCode(q.changeVisibility(released.receiptHandle, 43_201))).toBe('InvalidParameterValue');
  });
});

describe('receipt handles', () => {
  it('rejects malformed, deleted, and other queues’ handles', async () => {
    const jobs = queue('jobs');
    const mail = queue('mail');
    await jobs.send({ body: 'x' });
    const message = await receiveOne(jobs);
    expect(await errorCode(jobs.delete('not-a-handle'))).toBe('ReceiptHandleIsInvalid');
    expect(await errorCode(jobs.delete(''))).toBe('InvalidParameterValue');
    expect(await errorCode(mail.delete(message.receiptHandle))).toBe('ReceiptHandleIsInvalid');
    await jobs.delete(message.receiptHandle);
    await expect(jobs.delete(message.receiptHandle)).rejects.toThrow(/no longer valid for queue jobs/);
  });
});

describe('delay', () => {
  it('holds a message back for its delaySeconds', async () => {
    const q = queue();
    const sent = Date.now();
    await q.send({ body: 'later', delaySeconds: 1 });
    expect(await q.receive()).toEqual([]);
    const message = await receiveOne(q, 5);
    expect(Date.now() - sent).toBeGreaterThanOrEqual(1_000);
    expect(message.body).toBe('later');
  });

  it('applies the queue’s default delay', async () => {
    const q = queue('commands', { delaySeconds: 0.3 });
    const sent = Date.now();
    await q.send({ body: 'later' });
    expect(await q.receive()).toEqual([]);
    await receiveOne(q, 5);
    expect(Date.now() - sent).toBeGreaterThanOrEqual(300);
  });
});

describe('long poll', () => {
  it('wakes the moment this process sends, not at the next poll', async () => {
    const q = queue('commands', { pollIntervalSeconds: 20 });
    const started = Date.now();
    const receiving = q.receive({ waitTimeSeconds: 10 });
    setTimeout(() => void queue().send({ body: 'now' }), 50);
    expect((await receiving).map((m) => m.body)).toEqual(['now']);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('finds messages another process wrote', async () => {
    const q = queue('commands', { pollIntervalSeconds: 0.05 });
    const receiving = q.receive({ waitTimeSeconds: 20 });
    const sender = startWorker('send', database.file(), 'commands', 'from another process');
    expect((await receiving).map((m) => m.body)).toEqual(['from another process']);
    expect(await sender.exited).toMatchObject({ code: 0 });
  });

  it('returns nothing once the wait time is over', async () => {
    const q = queue();
    const started = Date.now();
    expect(await q.receive({ waitTimeSeconds: 1 })).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
  });

  it('ends early, claiming nothing, when its signal aborts', async () => {
    const q = queue();
    const stop = new AbortController();
    const receiving = q.receive({ waitTimeSeconds: 20, signal: stop.signal });
    stop.abort();
    expect(await receiving).toEqual([]);
    await q.send({ body: 'still there' });
    expect(await q.receive({ signal: stop.signal })).toEqual([]);
    expect((await receiveOne(q)).approximateReceiveCount).toBe(1);
  });
});

describe('dead-letter queue', () => {
  const redrivePolicy = { deadLetterQueue: 'commands-dlq', maxReceiveCount: 2 };

  it('moves a message on the receive that would exceed maxReceiveCount, then redrives it back', async () => {
    const q = queue('commands', { visibilityTimeoutSeconds: 0, redrivePolicy });
    const dlq = queue('commands-dlq');
    const sent = await q.send({ body: 'poison', attributes: { kind: { dataType: 'String', stringValue: 'render' } } });

    expect((await receiveOne(q)).approximateReceiveCount).toBe(1);
    expect((await receiveOne(q)).approximateReceiveCount).toBe(2);
    expect(await q.receive({ maxMessages: 10 })).toEqual([]);

    const dead = await receiveOne(dlq, 0);
    expect(dead).toMatchObject({
      messageId: sent.messageId,
      body: 'poison',
      approximateReceiveCount: 1,
      attributes: { kind: { dataType: 'String', stringValue: 'render' } },
    });
    await dlq.changeVisibility(dead.receiptHandle, 0);

    expect(await dlq.redriveToSource()).toEqual({ movedMessages: 1 });
    expect(await dlq.receive()).toEqual([]);
    const back = await receiveOne(q, 0);
    expect(back).toMatchObject({ messageId: sent.messageId, approximateReceiveCount: 1 });
  });

  it('fills a receive with live messages while dead-lettering the exhausted ones', async () => {
    const q = queue('commands', {
      visibilityTimeoutSeconds: 0,
      redrivePolicy: { ...redrivePolicy, maxReceiveCount: 1 },
    });
    await q.send({ body: 'poison' });
    expect((await receiveOne(q)).body).toBe('poison');
    await q.send({ body: 'fresh' });
    expect((await q.receive({ maxMessages: 10 })).map((m) => m.body)).toEqual(['fresh']);
    expect((await receiveOne(queue('commands-dlq'), 0)).body).toBe('poison');
  });

  it('wakes a long poll on the dead-letter queue', async () => {
    const q = queue('commands', {
      visibilityTimeoutSeconds: 0,
      redrivePolicy: { ...redrivePolicy, maxReceiveCount: 1 },
    });
    const dlq = queue('commands-dlq', { pollIntervalSeconds: 20 });
    await q.send({ body: 'poison' });
    await receiveOne(q);
    const waiting = dlq.receive({ waitTimeSeconds: 10 });
    expect(await q.receive()).toEqual([]);
    expect((await waiting).map((m) => m.body)).toEqual(['poison']);
  });

  it('redrives only dead-lettered, visible messages and counts them', async () => {
    const q = queue('commands', {
      visibilityTimeoutSeconds: 0,
      redrivePolicy: { ...redrivePolicy, maxReceiveCount: 1 },
    });
    const dlq = queue('commands-dlq');
    for (const body of ['a', 'b', 'c']) await q.send({ body });
    await q.receive({ maxMessages: 10 });
    await q.receive({ maxMessages: 10 });
    await dlq.send({ body: 'sent straight to the dead-letter queue' });
    const inFlight = await dlq.receive();

    expect(await dlq.redriveToSource()).toEqual({ movedMessages: 2 });
    expect((await q.receive({ maxMessages: 10 })).map((m) => m.body).sort()).toEqual(
      ['a', 'b', 'c'].filter((body) => body !== inFlight[0]?.body),
    );
    expect(await dlq.redriveToSource()).toEqual({ movedMessages: 0 });
  });

  it('rejects a queue as its own dead-letter queue', () => {
    expect(() => queue('commands', { redrivePolicy: { deadLetterQueue: 'commands', maxReceiveCount: 3 } })).toThrow(
      /cannot be its own dead-letter queue/,
    );
  });
});

describe('message size', () => {
  it('accepts a message at the limit and rejects one byte more, writing nothing', async () => {
    const q = queue('commands', { maxMessageSizeBytes: 1_024 });
    await q.send({ body: 'x'.repeat(1_024) });
    const attributes = { k: { dataType: 'String' as const, stringValue: 'v' } };
    // Attributes count: name (1) + data type (6) + value (1) bytes.
    const tooLong = q.send({ body: 'x'.repeat(1_024 - 7), attributes });
    await expect(tooLong).rejects.toBeInstanceOf(MessageTooLongError);
    await expect(tooLong).rejects.toMatchObject({
      code: 'InvalidParameterValue',
      limitBytes: 1_024,
      actualBytes: 1_025,
    });
    await expect(tooLong).rejects.toThrow(
      "Message is 1025 bytes (body plus attributes); the queue's limit is 1024 bytes.",
    );
    expect((await q.receive({ maxMessages: 10 })).map((m) => m.body.length)).toEqual([1_024]);
  });

  it('counts UTF-8 bytes and defaults to 256 KiB', async () => {
    const q = queue();
    await q.send({ body: 'x'.repeat(262_144) });
    await expect(q.send({ body: `${'x'.repeat(262_143)}é` })).rejects.toMatchObject({ actualBytes: 262_145 });
  });
});

describe('sendBatch', () => {
  it('returns a result per entry and writes every valid entry', async () => {
    const q = queue();
    const entries = Array.from({ length: 10 }, (_, i) => ({ id: `entry_${i}-x`, body: `body ${i}` }));
    const result = await q.sendBatch(entries);
    expect(result.failed).toEqual([]);
    expect(result.successful.map((s) => s.id)).toEqual(entries.map((e) => e.id));
    const received = await q.receive({ maxMessages: 10 });
    expect(received.map((m) => [m.messageId, m.body])).toEqual(
      result.successful.map((s, i) => [s.messageId, `body ${i}`]),
    );
  });

  it('fails invalid entries alone and writes the others together', async () => {
    const q = queue('commands', { maxMessageSizeBytes: 1_024 });
    const result = await q.sendBatch([
      { id: 'ok1', body: 'first' },
      { id: 'big', body: 'x'.repeat(1_025) },
      { id: 'empty', body: '' },
      { id: 'control', body: 'bell \u0007' },
      { id: 'late', body: 'delayed too long', delaySeconds: 901 },
      { id: 'ok2', body: 'second', delaySeconds: 0 },
    ]);
    expect(result.successful.map((s) => s.id)).toEqual(['ok1', 'ok2']);
    expect(result.failed.map(({ id, code, senderFault }) => [id, code, senderFault])).toEqual([
      ['big', 'InvalidParameterValue', true],
      ['empty', 'InvalidParameterValue', true],
      ['control', 'InvalidMessageContents', true],
      ['late', 'InvalidParameterValue', true],
    ]);
    expect(result.failed[0]?.message).toMatch(/1025 bytes/);
    expect((await q.receive({ maxMessages: 10 })).map((m) => m.body)).toEqual(['first', 'second']);
  });

  it('rejects the whole request for SQS’s request-level errors, writing nothing', async () => {
    const q = queue('commands', { maxMessageSizeBytes: 1_024 });
    const entry = (id: string) => ({ id, body: 'b' });
    expect(await errorCode(q.sendBatch([]))).toBe('EmptyBatchRequest');
    await expect(q.sendBatch(Array.from({ length: 11 }, (_, i) => entry(`e${i}`)))).rejects.toThrow(
      'A batch holds at most 10 entries; this one has 11.',
    );
    expect(await errorCode(q.sendBatch([entry('a'), entry('a')]))).toBe('BatchEntryIdsNotDistinct');
    expect(await errorCode(q.sendBatch([entry('a'), entry('has space')]))).toBe('InvalidBatchEntryId');
    expect(await errorCode(q.sendBatch([entry('x'.repeat(81))]))).toBe('InvalidBatchEntryId');
    const tooLong = q.sendBatch(['a', 'b', 'c'].map((id) => ({ id, body: 'x'.repeat(400) })));
    expect(await errorCode(tooLong)).toBe('BatchRequestTooLong');
    expect(await q.receive({ maxMessages: 10 })).toEqual([]);
  });
});

describe('input validation', () => {
  it('rejects what SQS rejects, with SQS’s error codes', async () => {
    const q = queue();
    const elevenAttributes = Object.fromEntries(
      Array.from({ length: 11 }, (_, i) => [`a${i}`, { dataType: 'String' as const, stringValue: 'v' }]),
    );
    const cases: Array<[Promise<unknown>, string]> = [
      [q.receive({ maxMessages: 0 }), 'InvalidParameterValue'],
      [q.receive({ maxMessages: 11 }), 'InvalidParameterValue'],
      [q.receive({ waitTimeSeconds: 21 }), 'InvalidParameterValue'],
      [q.receive({ waitTimeSeconds: 0.5 }), 'InvalidParameterValue'],
      [q.send({ body: 'x', delaySeconds: -1 }), 'InvalidParameterValue'],
      [q.send({ body: '\uD800 lone surrogate' }), 'InvalidMessageContents'],
      [q.send({ body: 'x', attributes: elevenAttributes }), 'InvalidParameterValue'],
      [
        q.send({ body: 'x', attributes: { 'AWS.trace': { dataType: 'String', stringValue: 'v' } } }),
        'InvalidParameterValue',
      ],
      [
        q.send({ body: 'x', attributes: { 'a..b': { dataType: 'String', stringValue: 'v' } } }),
        'InvalidParameterValue',
      ],
      [
        q.send({ body: 'x', attributes: { n: { dataType: 'Number', stringValue: 'twelve' } } }),
        'InvalidParameterValue',
      ],
      [q.send({ body: 'x', attributes: { s: { dataType: 'String', stringValue: '' } } }), 'InvalidParameterValue'],
      [q.send({ body: 'x', attributes: { b: { dataType: 'Binary' } } }), 'InvalidParameterValue'],
    ];
    for (const [work, code] of cases) expect(await errorCode(work)).toBe(code);
    await expect(
      q.send({ body: 'x', attributes: { 'amazon.x': { dataType: 'String', stringValue: 'v' } } }),
    ).rejects.toThrow(
      /attribute names starting with AWS\. or Amazon\. are reserved\n {2}→ at attributes\["amazon\.x"\]/,
    );
    expect(await q.receive()).toEqual([]);
  });

  it('rejects bad queue names and options', () => {
    expect(() => queue('has space')).toThrow(CommandQueueError);
    expect(() => queue('x'.repeat(81))).toThrow(/1–80 characters/);
    expect(() => queue('commands', { maxMessageSizeBytes: 2_000_000 })).toThrow(/maxMessageSizeBytes/);
    expect(() => queue('commands', { redrivePolicy: { deadLetterQueue: 'dlq', maxReceiveCount: 0 } })).toThrow(
      /maxReceiveCount/,
    );
  });
});

describe('several consumers', () => {
  it('never hands one message to two connections within its visibility timeout', async () => {
    const a = queue('commands', { visibilityTimeoutSeconds: 600 });
    const b = queue('commands', { visibilityTimeoutSeconds: 600 });
    await a.sendBatch(Array.from({ length: 10 }, (_, i) => ({ id: `m${i}`, body: `${i}` })));
    const [fromA, fromB] = await Promise.all([a.receive({ maxMessages: 6 }), b.receive({ maxMessages: 6 })]);
    const ids = [...(fromA ?? []), ...(fromB ?? [])].map((m) => m.messageId);
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
  });

  it('splits a backlog between processes with no message claimed twice', { timeout: 30_000 }, async () => {
    const q = queue('commands');
    const sent = new Set<string>();
    for (let i = 0; i < 100; i += 1) {
      const { successful } = await q.sendBatch(
        Array.from({ length: 10 }, (_, j) => ({ id: `m${j}`, body: `${i}.${j}` })),
      );
      for (const { messageId } of successful) sent.add(messageId);
    }
    const workers = [1, 2, 3].map(() => startWorker('claim', database.file(), 'commands', database.dir()));
    await vi.waitFor(() => expect(readLines(join(database.dir(), 'ready.log'))).toHaveLength(3), { timeout: 15_000 });
    writeFileSync(join(database.dir(), 'go'), '');
    const exits = await Promise.all(workers.map((worker) => worker.exited));
    expect(exits.map(({ code, stderr }) => ({ code, stderr }))).toEqual(exits.map(() => ({ code: 0, stderr: '' })));

    const claims = workers.map((worker) => readLines(join(database.dir(), `claimed-${worker.process.pid}.log`)));
    const all = claims.flat();
    expect(all).toHaveLength(sent.size);
    expect(new Set(all)).toEqual(sent);
    // The claims really interleaved: several workers took a share (one descheduled for the whole backlog on a busy
    // machine may take none, and that is no fault of the queue).
    expect(claims.filter((claimed) => claimed.length > 0).length).toBeGreaterThanOrEqual(2);
  });
});
