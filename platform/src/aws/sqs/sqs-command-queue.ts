import { setTimeout as sleep } from 'node:timers/promises';
import {
  ChangeMessageVisibilityCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  ListMessageMoveTasksCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  type SQSClient,
  SQSServiceException,
  type Message as SqsMessage,
  type MessageAttributeValue as SqsMessageAttributeValue,
  StartMessageMoveTaskCommand,
} from '@aws-sdk/client-sqs';
import type {
  CommandQueue,
  DeadLetterQueueRedrive,
  MessageAttributes,
  MessageAttributeValue,
  MessageMoveResult,
  ReceivedMessage,
  ReceiveOptions,
  SendBatchEntry,
  SendBatchResult,
  SendMessageInput,
  SendMessageResult,
} from '../../ports/command-queue.port.ts';
import { CommandQueueError } from '../../ports/command-queue-error.ts';

export interface SqsCommandQueueOptions {
  client: SQSClient;
  queueUrl: string;
  /** How often `redriveToSource` checks its move task. Default 5 s. */
  moveTaskPollIntervalSeconds?: number;
}

/** The command queue on Amazon SQS. SQS validates the input; its errors surface as CommandQueueError with SQS's code. */
export class SqsCommandQueue implements CommandQueue, DeadLetterQueueRedrive {
  readonly name: string;
  readonly #client: SQSClient;
  readonly #queueUrl: string;
  readonly #moveTaskPollMs: number;
  #queueArn: Promise<string> | undefined;

  constructor({ client, queueUrl, moveTaskPollIntervalSeconds = 5 }: SqsCommandQueueOptions) {
    const name = new URL(queueUrl).pathname.split('/').at(-1);
    if (!name) throw new CommandQueueError('InvalidAddress', `${queueUrl} is not an SQS queue URL.`);
    this.name = name;
    this.#client = client;
    this.#queueUrl = queueUrl;
    this.#moveTaskPollMs = moveTaskPollIntervalSeconds * 1_000;
  }

  async send({ body, delaySeconds, attributes }: SendMessageInput): Promise<SendMessageResult> {
    const output = await this.#call(() =>
      this.#client.send(
        new SendMessageCommand({
          QueueUrl: this.#queueUrl,
          MessageBody: body,
          DelaySeconds: delaySeconds,
          MessageAttributes: toSqsAttributes(attributes),
        }),
      ),
    );
    return {
      messageId: present(output.MessageId, 'MessageId'),
      md5OfBody: present(output.MD5OfMessageBody, 'MD5OfMessageBody'),
    };
  }

  async sendBatch(entries: SendBatchEntry[]): Promise<SendBatchResult> {
    const output = await this.#call(() =>
      this.#client.send(
        new SendMessageBatchCommand({
          QueueUrl: this.#queueUrl,
          Entries: entries.map(({ id, body, delaySeconds, attributes }) => ({
            Id: id,
            MessageBody: body,
            DelaySeconds: delaySeconds,
            MessageAttributes: toSqsAttributes(attributes),
          })),
        }),
      ),
    );
    return {
      successful: (output.Successful ?? []).map((entry) => ({
        id: present(entry.Id, 'Successful[].Id'),
        messageId: present(entry.MessageId, 'Successful[].MessageId'),
        md5OfBody: present(entry.MD5OfMessageBody, 'Successful[].MD5OfMessageBody'),
      })),
      failed: (output.Failed ?? []).map((entry) => ({
        id: present(entry.Id, 'Failed[].Id'),
        code: present(entry.Code, 'Failed[].Code'),
        message: entry.Message ?? entry.Code ?? '',
        senderFault: entry.SenderFault ?? false,
      })),
    };
  }

  async receive({
    maxMessages,
    waitTimeSeconds,
    visibilityTimeoutSeconds,
    signal,
  }: ReceiveOptions = {}): Promise<ReceivedMessage[]> {
    if (signal?.aborted) return [];
    const command = new ReceiveMessageCommand({
      QueueUrl: this.#queueUrl,
      MaxNumberOfMessages: maxMessages,
      WaitTimeSeconds: waitTimeSeconds,
      VisibilityTimeout: visibilityTimeoutSeconds,
      MessageSystemAttributeNames: ['ApproximateReceiveCount', 'SentTimestamp', 'ApproximateFirstReceiveTimestamp'],
      MessageAttributeNames: ['All'],
    });
    try {
      const output = await this.#call(() => this.#client.send(command, { abortSignal: signal }));
      return (output.Messages ?? []).map(toReceivedMessage);
    } catch (error) {
      // A stopped long poll is not an error. Should SQS already have picked messages, they return after their timeout.
      if (signal?.aborted) return [];
      throw error;
    }
  }

  async delete(receiptHandle: string): Promise<void> {
    await this.#call(() =>
      this.#client.send(new DeleteMessageCommand({ QueueUrl: this.#queueUrl, ReceiptHandle: receiptHandle })),
    );
  }

  async changeVisibility(receiptHandle: string, visibilityTimeoutSeconds: number): Promise<void> {
    await this.#call(() =>
      this.#client.send(
        new ChangeMessageVisibilityCommand({
          QueueUrl: this.#queueUrl,
          ReceiptHandle: receiptHandle,
          VisibilityTimeout: visibilityTimeoutSeconds,
        }),
      ),
    );
  }

  /** Starts an SQS message move task from this dead-letter queue to its sources and waits for it to end. */
  async redriveToSource(): Promise<MessageMoveResult> {
    const sourceArn = await this.#arn();
    const { TaskHandle } = await this.#call(() =>
      this.#client.send(new StartMessageMoveTaskCommand({ SourceArn: sourceArn })),
    );
    const taskHandle = present(TaskHandle, 'TaskHandle');
    for (;;) {
      const { Results } = await this.#call(() =>
        this.#client.send(new ListMessageMoveTasksCommand({ SourceArn: sourceArn, MaxResults: 10 })),
      );
      const task = Results?.find((result) => result.TaskHandle === taskHandle);
      if (task && task.Status !== 'RUNNING' && task.Status !== 'CANCELLING') {
        if (task.Status !== 'COMPLETED') {
          throw new CommandQueueError(
            'MessageMoveTaskFailed',
            `Moving messages out of ${this.name} ended ${task.Status}: ${task.FailureReason ?? 'no reason given'}.`,
          );
        }
        return { movedMessages: task.ApproximateNumberOfMessagesMoved ?? 0 };
      }
      await sleep(this.#moveTaskPollMs);
    }
  }

  /** Looked up once; a failed lookup is not remembered, so the next redrive asks again. */
  #arn(): Promise<string> {
    this.#queueArn ??= this.#call(() =>
      this.#client.send(new GetQueueAttributesCommand({ QueueUrl: this.#queueUrl, AttributeNames: ['QueueArn'] })),
    ).then(
      ({ Attributes }) => present(Attributes?.QueueArn, 'Attributes.QueueArn'),
      (error: unknown) => {
        this.#queueArn = undefined;
        throw error;
      },
    );
    return this.#queueArn;
  }

  /** Runs one SQS request, turning SQS's errors into CommandQueueError with the same code. */
  async #call<Output>(request: () => Promise<Output>): Promise<Output> {
    try {
      return await request();
    } catch (error) {
      if (error instanceof SQSServiceException) {
        throw new CommandQueueError(error.name, `SQS ${this.name}: ${error.message}`, { cause: error });
      }
      throw error;
    }
  }
}

function toSqsAttributes(
  attributes: MessageAttributes | undefined,
): Record<string, SqsMessageAttributeValue> | undefined {
  if (!attributes) return undefined;
  const converted: Record<string, SqsMessageAttributeValue> = {};
  for (const [name, { dataType, stringValue, binaryValue }] of Object.entries(attributes)) {
    converted[name] = { DataType: dataType, StringValue: stringValue, BinaryValue: binaryValue };
  }
  return converted;
}

function toReceivedMessage(message: SqsMessage): ReceivedMessage {
  const attributes: MessageAttributes = {};
  for (const [name, value] of Object.entries(message.MessageAttributes ?? {})) {
    attributes[name] = toAttributeValue(value);
  }
  return {
    messageId: present(message.MessageId, 'Message.MessageId'),
    receiptHandle: present(message.ReceiptHandle, 'Message.ReceiptHandle'),
    body: message.Body ?? '',
    md5OfBody: present(message.MD5OfBody, 'Message.MD5OfBody'),
    attributes,
    approximateReceiveCount: Number(present(message.Attributes?.ApproximateReceiveCount, 'ApproximateReceiveCount')),
    sentTimestamp: Number(present(message.Attributes?.SentTimestamp, 'SentTimestamp')),
    approximateFirstReceiveTimestamp: Number(
      present(message.Attributes?.ApproximateFirstReceiveTimestamp, 'ApproximateFirstReceiveTimestamp'),
    ),
  };
}

/** SQS allows custom types such as `Number.int`; the port knows only their base type. */
function toAttributeValue({ DataType, StringValue, BinaryValue }: SqsMessageAttributeValue): MessageAttributeValue {
  const baseType = DataType?.split('.')[0];
  if (baseType === 'Binary') return { dataType: 'Binary', binaryValue: BinaryValue ?? new Uint8Array() };
  if (baseType === 'String' || baseType === 'Number') return { dataType: baseType, stringValue: StringValue ?? '' };
  throw new CommandQueueError('InvalidAttributeValue', `SQS returned a message attribute of unknown type ${DataType}.`);
}

/** SQS's output shapes mark every field optional; these are the ones its API always returns. */
function present<T>(value: T | undefined, field: string): T {
  if (value === undefined) throw new CommandQueueError('InvalidResponse', `SQS response lacks ${field}.`);
  return value;
}
