import { setTimeout as sleep } from 'node:timers/promises';
import type { Context, SQSEvent } from 'aws-lambda';
import { z } from 'zod';
import { lambdaContext } from '../../lambda/lambda-context.ts';
import type { CommandQueue, ReceivedMessage } from '../../ports/command-queue.port.ts';
import { parseInput } from './queue-input.ts';
import { failedMessageIds, type SqsEventSource, toSqsEvent } from './sqs-event.ts';

/** A Lambda handler for SQS events; it may return a partial batch response (`{ batchItemFailures }`). */
export type SqsBatchHandler = (event: SQSEvent, context: Context) => unknown;

const consumerOptionsSchema = z.object({
  /** Messages per invocation, 1–10 (Lambda's SQS batch size without a batching window). */
  batchSize: z.number().int().min(1).max(10).default(10),
  /** At most this many invocations at once, like a function's reserved concurrency; the backlog waits in the queue. */
  concurrency: z.number().int().min(1).default(1),
  waitTimeSeconds: z.number().int().min(0).max(20).default(20),
  /** Overrides the queue's visibility timeout for received messages. */
  visibilityTimeoutSeconds: z.number().int().min(0).max(43_200).optional(),
  functionName: z.string().min(1).optional(),
  /** What the context's `getRemainingTimeInMillis` counts down from. The handler is told, not stopped. */
  functionTimeoutSeconds: z.number().positive().max(900).default(30),
  region: z.string().min(1).default('local'),
  accountId: z
    .string()
    .regex(/^\d{12}$/)
    .default('000000000000'),
  /** Pause after a failed receive (e.g. the database busy), so a persistent fault does not spin. */
  retryDelaySeconds: z.number().min(0).default(1),
  /** Handler errors, invalid batch responses and queue errors; the consumer itself never throws. */
  onError: z.custom<(error: unknown) => void>((value) => typeof value === 'function').optional(),
});
export type QueueConsumerOptions = z.input<typeof consumerOptionsSchema>;
const stopTimeoutSchema = z.number().min(0);

export interface StopOptions {
  /** How long in-flight batches may take to finish before their messages are released. Default 30. */
  timeoutSeconds?: number;
}

export interface QueueConsumer {
  /**
   * Stops receiving, waits for in-flight batches up to the timeout, then makes the messages of any batch still
   * running visible again so another consumer takes them at once. Resolves when done; later calls share the result.
   */
  stop(options?: StopOptions): Promise<void>;
}

interface InFlightBatch {
  messages: ReceivedMessage[];
  deleted: Set<string>;
  /** Set when stop gave up waiting: the batch's late outcome must not act on messages already released. */
  released: boolean;
  done: Promise<void>;
}

/**
 * Runs `handler` over the queue the way a Lambda event source mapping does: long polls, hands SQS events in
 * batches, deletes what succeeded, leaves what failed to reappear after its visibility timeout.
 */
export function startQueueConsumer(
  queue: CommandQueue,
  handler: SqsBatchHandler,
  options: QueueConsumerOptions = {},
): QueueConsumer {
  return new RunningQueueConsumer(queue, handler, parseInput(consumerOptionsSchema, options, 'queue consumer options'));
}

class RunningQueueConsumer implements QueueConsumer {
  readonly #queue: CommandQueue;
  readonly #handler: SqsBatchHandler;
  readonly #options: z.output<typeof consumerOptionsSchema>;
  readonly #functionName: string;
  readonly #source: SqsEventSource;
  readonly #onError: (error: unknown) => void;
  readonly #inFlight = new Set<InFlightBatch>();
  readonly #stopping = new AbortController();
  readonly #stopRequested: Promise<void>;
  readonly #polling: Promise<void>;
  #stopped: Promise<void> | undefined;

  constructor(queue: CommandQueue, handler: SqsBatchHandler, options: z.output<typeof consumerOptionsSchema>) {
    this.#queue = queue;
    this.#handler = handler;
    this.#options = options;
    this.#functionName = options.functionName ?? `${queue.name}-consumer`;
    this.#source = {
      eventSourceARN: `arn:aws:sqs:${options.region}:${options.accountId}:${queue.name}`,
      awsRegion: options.region,
      senderId: options.accountId,
    };
    this.#onError = options.onError ?? ((error) => console.error(`[queue consumer ${this.#functionName}]`, error));
    this.#stopRequested = new Promise((resolve) => {
      this.#stopping.signal.addEventListener('abort', () => resolve(), { once: true });
    });
    this.#polling = this.#poll();
  }

  async stop({ timeoutSeconds = 30 }: StopOptions = {}): Promise<void> {
    this.#stopped ??= this.#shutDown(parseInput(stopTimeoutSchema, timeoutSeconds, 'stop timeout') * 1_000);
    return this.#stopped;
  }

  async #poll(): Promise<void> {
    const { signal } = this.#stopping;
    const { batchSize, waitTimeSeconds, visibilityTimeoutSeconds } = this.#options;
    while (!signal.aborted) {
      if (this.#inFlight.size >= this.#options.concurrency) {
        await Promise.race([this.#stopRequested, ...[...this.#inFlight].map((batch) => batch.done)]);
        continue;
      }
      try {
        const messages = await this.#queue.receive({
          maxMessages: batchSize,
          waitTimeSeconds,
          visibilityTimeoutSeconds,
          signal,
        });
        if (messages.length > 0) this.#dispatch(messages);
      } catch (error) {
        this.#onError(error);
        await sleep(this.#options.retryDelaySeconds * 1_000, undefined, { signal }).catch(() => undefined);
      }
    }
  }

  #dispatch(messages: ReceivedMessage[]): void {
    const batch: InFlightBatch = { messages, deleted: new Set(), released: false, done: Promise.resolve() };
    batch.done = this.#invoke(batch).finally(() => this.#inFlight.delete(batch));
    this.#inFlight.add(batch);
  }

  /** Never rejects: every failure goes to onError, and the messages it concerns stay in the queue. */
  async #invoke(batch: InFlightBatch): Promise<void> {
    let failed: ReadonlySet<string>;
    try {
      const context = lambdaContext({
        functionName: this.#functionName,
        region: this.#options.region,
        accountId: this.#options.accountId,
        timeoutMs: this.#options.functionTimeoutSeconds * 1_000,
      });
      const response = await this.#handler(toSqsEvent(batch.messages, this.#source), context);
      failed = failedMessageIds(response, batch.messages);
    } catch (error) {
      this.#onError(error);
      return;
    }
    if (batch.released) return;
    const succeeded = batch.messages.filter(({ messageId }) => !failed.has(messageId));
    await Promise.all(
      succeeded.map(async ({ messageId, receiptHandle }) => {
        try {
          await this.#queue.delete(receiptHandle);
          batch.deleted.add(messageId);
        } catch (error) {
          this.#onError(error);
        }
      }),
    );
  }

  async #shutDown(timeoutMs: number): Promise<void> {
    this.#stopping.abort();
    await this.#polling;
    const batches = [...this.#inFlight];
    if (await settlesWithin(Promise.all(batches.map((batch) => batch.done)), timeoutMs)) return;
    await Promise.all(batches.filter((batch) => this.#inFlight.has(batch)).map((batch) => this.#release(batch)));
  }

  async #release(batch: InFlightBatch): Promise<void> {
    batch.released = true;
    const unfinished = batch.messages.filter(({ messageId }) => !batch.deleted.has(messageId));
    await Promise.all(
      unfinished.map(({ receiptHandle }) =>
        this.#queue.changeVisibility(receiptHandle, 0).catch((error: unknown) => this.#onError(error)),
      ),
    );
  }
}

/** True if `work` settles within `timeoutMs`; the timer is cleared either way. */
async function settlesWithin(work: Promise<unknown>, timeoutMs: number): Promise<boolean> {
  const timer = new AbortController();
  try {
    return await Promise.race([work.then(() => true), sleep(timeoutMs, false, { signal: timer.signal })]);
  } finally {
    timer.abort();
  }
}
