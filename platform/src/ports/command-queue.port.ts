/**
 * The command queue port: the subset of SQS that ContentFlow relies on, with SQS's semantics
 * (at-least-once, visibility timeout, receive count, redrive to a dead-letter queue).
 * Local adapter: SQLite. AWS adapter: SQS.
 */

export interface MessageAttributeValue {
  dataType: 'String' | 'Number' | 'Binary';
  stringValue?: string;
  binaryValue?: Uint8Array;
}

export type MessageAttributes = Record<string, MessageAttributeValue>;

export interface SendMessageInput {
  body: string;
  /** 0–900 seconds, as SQS. */
  delaySeconds?: number;
  attributes?: MessageAttributes;
}

export interface SendMessageResult {
  messageId: string;
  md5OfBody: string;
}

export interface SendBatchEntry extends SendMessageInput {
  /** Caller's id for the entry, unique in the batch (SQS: up to 80 of [A-Za-z0-9_-]). */
  id: string;
}

export interface SendBatchResult {
  successful: Array<{ id: string; messageId: string; md5OfBody: string }>;
  failed: Array<{ id: string; code: string; message: string; senderFault: boolean }>;
}

export interface ReceiveOptions {
  /** 1–10, default 1. */
  maxMessages?: number;
  /** Long poll: 0–20 seconds, default 0. */
  waitTimeSeconds?: number;
  /** Overrides the queue's default visibility timeout for these messages (0–43,200 s). */
  visibilityTimeoutSeconds?: number;
  /** Ends a long poll early (a consumer stopping); the receive then resolves with no messages. */
  signal?: AbortSignal;
}

export interface ReceivedMessage {
  messageId: string;
  receiptHandle: string;
  body: string;
  md5OfBody: string;
  attributes: MessageAttributes;
  /** 1 on the first delivery; grows with every receive. */
  approximateReceiveCount: number;
  sentTimestamp: number;
  approximateFirstReceiveTimestamp: number;
}

export interface CommandQueue {
  /** The queue's name (local) or URL-derived name (SQS). */
  readonly name: string;
  send(input: SendMessageInput): Promise<SendMessageResult>;
  /** Up to 10 entries; every entry gets its own result. */
  sendBatch(entries: SendBatchEntry[]): Promise<SendBatchResult>;
  receive(options?: ReceiveOptions): Promise<ReceivedMessage[]>;
  delete(receiptHandle: string): Promise<void>;
  changeVisibility(receiptHandle: string, visibilityTimeoutSeconds: number): Promise<void>;
}

export interface MessageMoveResult {
  /** How many messages went back to their source queues. */
  movedMessages: number;
}

/**
 * A dead-letter queue's way back (SQS StartMessageMoveTask without a destination): every message that was
 * dead-lettered from a source queue returns to that queue, with a fresh receive count.
 */
export interface DeadLetterQueueRedrive {
  redriveToSource(): Promise<MessageMoveResult>;
}
