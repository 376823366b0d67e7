import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type {
  CommandQueue,
  DeadLetterQueueRedrive,
  MessageMoveResult,
  ReceivedMessage,
  ReceiveOptions,
  SendBatchEntry,
  SendBatchResult,
  SendMessageInput,
  SendMessageResult,
} from '../../ports/command-queue.port.ts';
import { CommandQueueError, MessageTooLongError } from '../../ports/command-queue-error.ts';
import {
  batchEntryIdSchema,
  batchEntryShapeSchema,
  MAX_BATCH_ENTRIES,
  parseInput,
  type QueueOptions,
  queueNameSchema,
  queueOptionsSchema,
  type ResolvedQueueOptions,
  receiptHandleSchema,
  receiveOptionsSchema,
  sendMessageSchema,
  visibilityTimeoutSchema,
} from './queue-input.ts';
import { md5OfBody, messageSizeBytes } from './queue-message.ts';
import { type NewMessage, QueueStore } from './queue-store.ts';
import { waitForWakeUp, wakeUp, wakeupChannel } from './queue-wakeups.ts';

interface SizedMessage extends NewMessage {
  sizeBytes: number;
}

/**
 * The local command queue: SQS semantics (at-least-once, visibility timeout, delay, long poll,
 * maxReceiveCount → dead-letter queue, redrive) on the shared SQLite file, safe for several processes at once.
 */
export class SqliteCommandQueue implements CommandQueue, DeadLetterQueueRedrive {
  readonly name: string;
  readonly #db: DatabaseSync;
  readonly #options: ResolvedQueueOptions;
  readonly #store: QueueStore;
  readonly #channel: string;

  constructor(db: DatabaseSync, name: string, options: QueueOptions = {}) {
    this.name = parseInput(queueNameSchema, name, 'queue name');
    this.#options = parseInput(queueOptionsSchema, options, `options of queue ${name}`);
    if (this.#options.redrivePolicy?.deadLetterQueue === name) {
      throw new CommandQueueError('InvalidParameterValue', `Queue ${name} cannot be its own dead-letter queue.`);
    }
    this.#db = db;
    this.#store = new QueueStore(db, name);
    this.#channel = wakeupChannel(db, name);
  }

  async send(input: SendMessageInput): Promise<SendMessageResult> {
    const message = this.#prepare(input, 'message');
    this.#store.insert([message]);
    this.#wakeUpReceivers([message]);
    return { messageId: message.messageId, md5OfBody: message.md5OfBody };
  }

  /** Request-level problems reject the whole batch, as in SQS; an invalid entry fails alone and the rest are written together. */
  async sendBatch(entries: SendBatchEntry[]): Promise<SendBatchResult> {
    const shaped = parseInput(batchEntryShapeSchema, entries, 'batch');
    if (shaped.length === 0) throw new CommandQueueError('EmptyBatchRequest', 'A batch needs at least one entry.');
    if (shaped.length > MAX_BATCH_ENTRIES) {
      throw new CommandQueueError(
        'TooManyEntriesInBatchRequest',
        `A batch holds at most ${MAX_BATCH_ENTRIES} entries; this one has ${shaped.length}.`,
      );
    }
    const ids = shaped.map(({ id }) => {
      const parsed = batchEntryIdSchema.safeParse(id);
      if (parsed.success) return parsed.data;
      throw new CommandQueueError(
        'InvalidBatchEntryId',
        `Batch entry id ${JSON.stringify(id)} is invalid: ids are 1–80 characters of [A-Za-z0-9_-].`,
      );
    });
    const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
    if (repeated !== undefined) {
      throw new CommandQueueError('BatchEntryIdsNotDistinct', `Batch entry id ${repeated} appears more than once.`);
    }

    const result: SendBatchResult = { successful: [], failed: [] };
    const accepted: SizedMessage[] = [];
    shaped.forEach((entry, index) => {
      const id = ids[index]!;
      try {
        const message = this.#prepare(entry, `batch entry ${id}`);
        accepted.push(message);
        result.successful.push({ id, messageId: message.messageId, md5OfBody: message.md5OfBody });
      } catch (error) {
        if (!(error instanceof CommandQueueError)) throw error;
        result.failed.push({ id, code: error.code, message: error.message, senderFault: true });
      }
    });
    const totalBytes = accepted.reduce((sum, message) => sum + message.sizeBytes, 0);
    if (totalBytes > this.#options.maxMessageSizeBytes) {
      throw new CommandQueueError(
        'BatchRequestTooLong',
        `The batch's messages total ${totalBytes} bytes; the queue's limit for a batch is ${this.#options.maxMessageSizeBytes} bytes.`,
      );
    }
    if (accepted.length > 0) {
      this.#store.insert(accepted);
      this.#wakeUpReceivers(accepted);
    }
    return result;
  }

  /** Long polls wake at once for sends in this process and look every `pollIntervalSeconds` for other processes' writes. */
  async receive(options: ReceiveOptions = {}): Promise<ReceivedMessage[]> {
    const { maxMessages, waitTimeSeconds, visibilityTimeoutSeconds, signal } = parseInput(
      receiveOptionsSchema,
      options,
      'receive options',
    );
    const visibilityMs = (visibilityTimeoutSeconds ?? this.#options.visibilityTimeoutSeconds) * 1_000;
    const deadline = Date.now() + waitTimeSeconds * 1_000;
    for (;;) {
      // Checked before claiming: a claim nobody takes delivery of would hide messages for a whole visibility timeout.
      if (signal?.aborted) return [];
      const { received, deadLettered } = this.#store.claim(maxMessages, visibilityMs, this.#options.redrivePolicy);
      if (deadLettered > 0 && this.#options.redrivePolicy) {
        wakeUp(wakeupChannel(this.#db, this.#options.redrivePolicy.deadLetterQueue));
      }
      const remainingMs = deadline - Date.now();
      if (received.length > 0 || remainingMs <= 0) return received;
      await waitForWakeUp(this.#channel, Math.min(remainingMs, this.#options.pollIntervalSeconds * 1_000), signal);
    }
  }

  async delete(receiptHandle: string): Promise<void> {
    const { messageId, receiptToken } = this.#parseReceiptHandle(receiptHandle);
    if (!this.#store.delete(messageId, receiptToken)) throw this.#staleReceiptHandle(receiptHandle);
  }

  async changeVisibility(receiptHandle: string, visibilityTimeoutSeconds: number): Promise<void> {
    const { messageId, receiptToken } = this.#parseReceiptHandle(receiptHandle);
    const seconds = parseInput(visibilityTimeoutSchema, visibilityTimeoutSeconds, 'visibility timeout');
    if (!this.#store.setVisibleAt(messageId, receiptToken, Date.now() + seconds * 1_000)) {
      throw this.#staleReceiptHandle(receiptHandle);
    }
    if (seconds === 0) wakeUp(this.#channel);
  }

  /** Messages in flight in this dead-letter queue stay; SQS likewise moves only what it can receive. */
  async redriveToSource(): Promise<MessageMoveResult> {
    let movedMessages = 0;
    for (const [source, count] of this.#store.redriveToSources()) {
      movedMessages += count;
      wakeUp(wakeupChannel(this.#db, source));
    }
    return { movedMessages };
  }

  #prepare(input: unknown, what: string): SizedMessage {
    const { body, delaySeconds, attributes } = parseInput(sendMessageSchema, input, what);
    const sizeBytes = messageSizeBytes(body, attributes);
    if (sizeBytes > this.#options.maxMessageSizeBytes) {
      throw new MessageTooLongError(this.#options.maxMessageSizeBytes, sizeBytes);
    }
    const sentAt = Date.now();
    return {
      messageId: randomUUID(),
      body,
      md5OfBody: md5OfBody(body),
      attributes,
      sentAt,
      visibleAt: sentAt + (delaySeconds ?? this.#options.delaySeconds) * 1_000,
      sizeBytes,
    };
  }

  /** Delayed messages are left to the poll: waking receivers now would find nothing. */
  #wakeUpReceivers(messages: NewMessage[]): void {
    if (messages.some((message) => message.visibleAt === message.sentAt)) wakeUp(this.#channel);
  }

  #parseReceiptHandle(receiptHandle: string): { messageId: string; receiptToken: string } {
    const [messageId, receiptToken, ...rest] = parseInput(receiptHandleSchema, receiptHandle, 'receipt handle').split(
      ':',
    );
    if (!messageId || !receiptToken || rest.length > 0) {
      throw new CommandQueueError(
        'ReceiptHandleIsInvalid',
        `${JSON.stringify(receiptHandle)} is not a receipt handle.`,
      );
    }
    return { messageId, receiptToken };
  }

  #staleReceiptHandle(receiptHandle: string): CommandQueueError {
    return new CommandQueueError(
      'ReceiptHandleIsInvalid',
      `Receipt handle ${receiptHandle} is no longer valid for queue ${this.name}: ` +
        'its message was deleted, dead-lettered or received again since the handle was issued.',
    );
  }
}
