import type { SQSEvent, SQSMessageAttributes, SQSRecord } from 'aws-lambda';
import { z } from 'zod';
import type { MessageAttributes, ReceivedMessage } from '../../ports/command-queue.port.ts';

/** Where records say they came from, as a Lambda event source mapping reports it. */
export interface SqsEventSource {
  eventSourceARN: string;
  awsRegion: string;
  senderId: string;
}

/** The event Lambda hands an SQS-triggered function, built from received messages. */
export function toSqsEvent(messages: ReceivedMessage[], source: SqsEventSource): SQSEvent {
  return { Records: messages.map((message) => toSqsRecord(message, source)) };
}

function toSqsRecord(message: ReceivedMessage, { eventSourceARN, awsRegion, senderId }: SqsEventSource): SQSRecord {
  return {
    messageId: message.messageId,
    receiptHandle: message.receiptHandle,
    body: message.body,
    attributes: {
      ApproximateReceiveCount: String(message.approximateReceiveCount),
      SentTimestamp: String(message.sentTimestamp),
      SenderId: senderId,
      ApproximateFirstReceiveTimestamp: String(message.approximateFirstReceiveTimestamp),
    },
    messageAttributes: toSqsMessageAttributes(message.attributes),
    md5OfBody: message.md5OfBody,
    eventSource: 'aws:sqs',
    eventSourceARN,
    awsRegion,
  };
}

/** Lambda's shape: binary values in base64, and the (reserved, always empty) list values present. */
function toSqsMessageAttributes(attributes: MessageAttributes): SQSMessageAttributes {
  const converted: SQSMessageAttributes = {};
  for (const [name, { dataType, stringValue, binaryValue }] of Object.entries(attributes)) {
    converted[name] = {
      dataType,
      stringListValues: [],
      binaryListValues: [],
      ...(stringValue === undefined ? {} : { stringValue }),
      ...(binaryValue === undefined ? {} : { binaryValue: Buffer.from(binaryValue).toString('base64') }),
    };
  }
  return converted;
}

/** A handler's response that Lambda would treat as a failure of the whole batch. */
export class InvalidBatchResponseError extends Error {
  override readonly name = 'InvalidBatchResponseError';
}

const batchResponseSchema = z.union([
  z.undefined(),
  z.null(),
  z.object({ batchItemFailures: z.array(z.object({ itemIdentifier: z.string().min(1) })).nullish() }),
]);

/**
 * The message ids a handler reported as failed (partial batch response). As in Lambda, nothing returned or
 * an empty list means all succeeded; a malformed response or an unknown id fails the whole batch.
 */
export function failedMessageIds(response: unknown, messages: ReceivedMessage[]): ReadonlySet<string> {
  const parsed = batchResponseSchema.safeParse(response);
  if (!parsed.success) {
    throw new InvalidBatchResponseError(`Invalid partial batch response:\n${z.prettifyError(parsed.error)}`);
  }
  const failed = new Set(parsed.data?.batchItemFailures?.map(({ itemIdentifier }) => itemIdentifier));
  const known = new Set(messages.map(({ messageId }) => messageId));
  for (const id of failed) {
    if (!known.has(id))
      throw new InvalidBatchResponseError(`batchItemFailures names ${id}, which is not in the batch.`);
  }
  return failed;
}
