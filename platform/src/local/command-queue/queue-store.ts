import { randomUUID } from 'node:crypto';
import type { DatabaseSync, SQLOutputValue, StatementSync } from 'node:sqlite';
import type { MessageAttributes, ReceivedMessage } from '../../ports/command-queue.port.ts';
import { inTransaction } from '../sqlite/open-database.ts';
import { decodeAttributes, encodeAttributes } from './queue-message.ts';
import { createQueueSchema } from './queue-schema.ts';

/** A validated message ready to be written. */
export interface NewMessage {
  messageId: string;
  body: string;
  md5OfBody: string;
  attributes: MessageAttributes | undefined;
  sentAt: number;
  visibleAt: number;
}

export interface ClaimResult {
  received: ReceivedMessage[];
  /** How many messages went to the dead-letter queue instead of being received. */
  deadLettered: number;
}

type Row = Record<string, SQLOutputValue>;

/**
 * The SQL behind one queue in `queue_messages`. Every method is synchronous and each is one transaction,
 * so a claim is atomic across every process sharing the file: BEGIN IMMEDIATE holds the write lock from
 * the select to the update, and no other connection can claim the same rows in between.
 */
export class QueueStore {
  readonly #db: DatabaseSync;
  readonly #queue: string;
  readonly #insert: StatementSync;
  readonly #selectVisible: StatementSync;
  readonly #claim: StatementSync;
  readonly #deadLetter: StatementSync;
  readonly #delete: StatementSync;
  readonly #setVisibleAt: StatementSync;
  readonly #redrive: StatementSync;

  constructor(db: DatabaseSync, queue: string) {
    createQueueSchema(db);
    this.#db = db;
    this.#queue = queue;
    this.#insert = db.prepare(
      `INSERT INTO queue_messages (queue, message_id, body, md5_of_body, attributes, sent_at, visible_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#selectVisible = db.prepare(
      `SELECT seq, message_id, body, md5_of_body, attributes, sent_at, receive_count, first_received_at
       FROM queue_messages WHERE queue = ? AND visible_at <= ? ORDER BY visible_at, seq LIMIT ?`,
    );
    this.#claim = db.prepare(
      `UPDATE queue_messages SET visible_at = ?, receive_count = receive_count + 1,
         first_received_at = coalesce(first_received_at, ?), receipt_token = ? WHERE seq = ?`,
    );
    this.#deadLetter = db.prepare(
      `UPDATE queue_messages SET queue = ?, dead_letter_source = queue, visible_at = ?, receive_count = 0,
         first_received_at = NULL, receipt_token = NULL WHERE seq = ?`,
    );
    this.#delete = db.prepare('DELETE FROM queue_messages WHERE queue = ? AND message_id = ? AND receipt_token = ?');
    this.#setVisibleAt = db.prepare(
      'UPDATE queue_messages SET visible_at = ? WHERE queue = ? AND message_id = ? AND receipt_token = ?',
    );
    this.#redrive = db.prepare(
      `UPDATE queue_messages SET queue = dead_letter_source, dead_letter_source = NULL, visible_at = ?,
         receive_count = 0, first_received_at = NULL, receipt_token = NULL
       WHERE queue = ? AND dead_letter_source IS NOT NULL AND visible_at <= ? RETURNING queue`,
    );
  }

  insert(messages: NewMessage[]): void {
    inTransaction(this.#db, () => {
      for (const m of messages) {
        const attributes = encodeAttributes(m.attributes);
        this.#insert.run(this.#queue, m.messageId, m.body, m.md5OfBody, attributes, m.sentAt, m.visibleAt);
      }
    });
  }

  /**
   * Receives up to `maxMessages` visible messages, hiding them for `visibilityMs`. With a redrive policy, a message
   * already received `maxReceiveCount` times goes to the dead-letter queue on this receive instead (as SQS does).
   */
  claim(
    maxMessages: number,
    visibilityMs: number,
    redrive: { deadLetterQueue: string; maxReceiveCount: number } | undefined,
  ): ClaimResult {
    return inTransaction(this.#db, () => {
      const now = Date.now();
      const received: ReceivedMessage[] = [];
      // With a zero visibility timeout a claimed row stays visible; remember it so a second pass skips it.
      const claimed = new Set<number>();
      let deadLettered = 0;
      for (;;) {
        const wanted = maxMessages - received.length;
        const rows = this.#selectVisible
          .all(this.#queue, now, wanted + claimed.size)
          .filter((row) => !claimed.has(integer(row, 'seq')))
          .slice(0, wanted);
        const deadLetteredBefore = deadLettered;
        for (const row of rows) {
          const seq = integer(row, 'seq');
          if (redrive && integer(row, 'receive_count') >= redrive.maxReceiveCount) {
            this.#deadLetter.run(redrive.deadLetterQueue, now, seq);
            deadLettered += 1;
            continue;
          }
          const token = randomUUID();
          this.#claim.run(now + visibilityMs, now, token, seq);
          claimed.add(seq);
          received.push(toReceivedMessage(row, token, now));
        }
        // Only dead-lettering frees a slot worth another look; otherwise the select already returned all there is.
        if (deadLettered === deadLetteredBefore || received.length === maxMessages) break;
      }
      return { received, deadLettered };
    });
  }

  /** False when no message holds this receipt token any more (deleted, dead-lettered or received again). */
  delete(messageId: string, receiptToken: string): boolean {
    return this.#delete.run(this.#queue, messageId, receiptToken).changes > 0;
  }

  setVisibleAt(messageId: string, receiptToken: string, visibleAt: number): boolean {
    return this.#setVisibleAt.run(visibleAt, this.#queue, messageId, receiptToken).changes > 0;
  }

  /** Moves this (dead-letter) queue's visible messages back to their sources; returns the queues that received some. */
  redriveToSources(): Map<string, number> {
    const now = Date.now();
    const moved = new Map<string, number>();
    for (const row of this.#redrive.all(now, this.#queue, now)) {
      const source = text(row, 'queue');
      moved.set(source, (moved.get(source) ?? 0) + 1);
    }
    return moved;
  }
}

function toReceivedMessage(row: Row, receiptToken: string, now: number): ReceivedMessage {
  const messageId = text(row, 'message_id');
  const attributes = row['attributes'];
  const firstReceivedAt = row['first_received_at'];
  return {
    messageId,
    receiptHandle: `${messageId}:${receiptToken}`,
    body: text(row, 'body'),
    md5OfBody: text(row, 'md5_of_body'),
    attributes: decodeAttributes(typeof attributes === 'string' ? attributes : null),
    approximateReceiveCount: integer(row, 'receive_count') + 1,
    sentTimestamp: integer(row, 'sent_at'),
    approximateFirstReceiveTimestamp: typeof firstReceivedAt === 'number' ? firstReceivedAt : now,
  };
}

function text(row: Row, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') throw new TypeError(`queue_messages.${column} holds ${typeof value}, not text`);
  return value;
}

function integer(row: Row, column: string): number {
  const value = row[column];
  if (typeof value !== 'number') throw new TypeError(`queue_messages.${column} holds ${typeof value}, not a number`);
  return value;
}
