/**
 * A separate process on the queue, for the multi-process tests (run with `node`, never imported):
 *
 *   produce-and-consume <db> <queue> <dir> <count>  sends up to <count> messages, appending each id to
 *       <dir>/accepted.log once `send` resolved, while a slow consumer appends ids and receive counts to <dir>/processed.log
 *   consume <db> <queue> <dir>   consumes into <dir>/processed.log until SIGTERM, then stops gracefully
 *   claim <db> <queue> <dir>     appends its pid to <dir>/ready.log, waits for <dir>/go, then receives and deletes
 *       until the queue is empty, appending ids to <dir>/claimed-<pid>.log
 *   send <db> <queue> <body>     sends one message
 */
import { appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate, setTimeout as sleep } from 'node:timers/promises';
import type { SQSEvent } from 'aws-lambda';
import { openDatabase } from '../sqlite/open-database.ts';
import { startQueueConsumer } from './queue-consumer.ts';
import { SqliteCommandQueue } from './sqlite-command-queue.ts';

/** Short, so messages in flight in a killed process come back quickly. */
const VISIBILITY_TIMEOUT_SECONDS = 1;

const [mode, dbFile, queueName, arg, count] = process.argv.slice(2);
if (!mode || !dbFile || !queueName || !arg) {
  throw new Error(`usage: ${process.argv[1]} <mode> <db> <queue> <dir|body> [count]`);
}
const db = openDatabase(dbFile);
const queue = new SqliteCommandQueue(db, queueName, { visibilityTimeoutSeconds: VISIBILITY_TIMEOUT_SECONDS });

/** A handler that works for `workMs`, then appends `<messageId> <receive count>` lines to <dir>/processed.log. */
function recordProcessed(dir: string, workMs: number) {
  return async (event: SQSEvent): Promise<void> => {
    if (workMs > 0) await sleep(workMs);
    const lines = event.Records.map((record) => `${record.messageId} ${record.attributes.ApproximateReceiveCount}\n`);
    appendFileSync(join(dir, 'processed.log'), lines.join(''));
  };
}

switch (mode) {
  case 'produce-and-consume': {
    // Slower than the producer, so a kill finds a backlog and batches in flight.
    startQueueConsumer(queue, recordProcessed(arg, 50), { concurrency: 2, waitTimeSeconds: 1 });
    for (let i = 0; i < Number(count); i += 1) {
      const { messageId } = await queue.send({ body: JSON.stringify({ command: 'render', i }) });
      appendFileSync(join(arg, 'accepted.log'), `${messageId}\n`);
      // Sends settle as microtasks; yielding like an I/O-driven producer lets the consumer's timers run.
      await setImmediate();
    }
    break;
  }
  case 'consume': {
    const consumer = startQueueConsumer(queue, recordProcessed(arg, 0), { concurrency: 2, waitTimeSeconds: 1 });
    process.once('SIGTERM', () => {
      void consumer.stop({ timeoutSeconds: 5 }).then(() => db.close());
    });
    break;
  }
  case 'claim': {
    const log = join(arg, `claimed-${process.pid}.log`);
    // A start line, so the workers really compete instead of the first one to boot draining the queue.
    appendFileSync(join(arg, 'ready.log'), `${process.pid}\n`);
    while (!existsSync(join(arg, 'go'))) await sleep(5);
    for (;;) {
      const messages = await queue.receive({ maxMessages: 10, visibilityTimeoutSeconds: 600 });
      if (messages.length === 0) break;
      for (const { messageId, receiptHandle } of messages) {
        appendFileSync(log, `${messageId}\n`);
        await queue.delete(receiptHandle);
      }
      // A little work per batch, as a real consumer does: the backlog lasts long enough for every worker to compete.
      await sleep(5);
    }
    db.close();
    break;
  }
  case 'send':
    await queue.send({ body: arg });
    db.close();
    break;
  default:
    throw new Error(`unknown mode ${mode}`);
}
