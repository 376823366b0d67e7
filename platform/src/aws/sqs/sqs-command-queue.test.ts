import {
  ChangeMessageVisibilityCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  ListMessageMoveTasksCommand,
  ReceiptHandleIsInvalid,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  SQSClient,
  StartMessageMoveTaskCommand,
  TooManyEntriesInBatchRequest,
} from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { CommandQueueError } from '../../ports/command-queue-error.ts';
import { SqsCommandQueue } from './sqs-command-queue.ts';

const QUEUE_URL = 'https://sqs.eu-west-1.amazonaws.com/123456789012/contentflow-commands';
const sqs = mockClient(SQSClient);
const client = new SQSClient({ region: 'eu-west-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });

function commandQueue() {
  return new SqsCommandQueue({ client, queueUrl: QUEUE_URL, moveTaskPollIntervalSeconds: 0 });
}

beforeEach(() => {
  sqs.reset();
});

describe('SqsCommandQueue', () => {
  it('takes its name from the queue URL', () => {
    expect(commandQueue().name).toBe('contentflow-commands');
    expect(() => new SqsCommandQueue({ client, queueUrl: 'https://sqs.eu-west-1.amazonaws.com/' })).toThrow(
      CommandQueueError,
    );
  });

  it('sends a message with its delay and attributes', async () => {
    sqs.on(SendMessageCommand).resolves({ MessageId: 'm-1', MD5OfMessageBody: 'abc' });
    const result = await commandQueue().send({
      body: 'hello',
      delaySeconds: 5,
      attributes: {
        tenant: { dataType: 'String', stringValue: 't1' },
        blob: { dataType: 'Binary', binaryValue: new Uint8Array([1, 2]) },
      },
    });
    expect(result).toEqual({ messageId: 'm-1', md5OfBody: 'abc' });
    expect(sqs.commandCalls(SendMessageCommand)[0]?.args[0].input).toEqual({
      QueueUrl: QUEUE_URL,
      MessageBody: 'hello',
      DelaySeconds: 5,
      MessageAttributes: {
        tenant: { DataType: 'String', StringValue: 't1', BinaryValue: undefined },
        blob: { DataType: 'Binary', StringValue: undefined, BinaryValue: new Uint8Array([1, 2]) },
      },
    });
  });

  it('maps a partially failed batch entry by entry', async () => {
    sqs.on(SendMessageBatchCommand).resolves({
      Successful: [{ Id: 'a', MessageId: 'm-a', MD5OfMessageBody: 'md5-a' }],
      Failed: [
        {
          Id: 'b',
          Code: 'InvalidParameterValue',
          Message: 'Message must be shorter than 262144 bytes.',
          SenderFault: true,
        },
      ],
    });
    const result = await commandQueue().sendBatch([
      { id: 'a', body: 'fine' },
      { id: 'b', body: 'too long', delaySeconds: 1 },
    ]);
    expect(result).toEqual({
      successful: [{ id: 'a', messageId: 'm-a', md5OfBody: 'md5-a' }],
      failed: [
        {
          id: 'b',
          code: 'InvalidParameterValue',
          message: 'Message must be shorter than 262144 bytes.',
          senderFault: true,
        },
      ],
    });
    expect(sqs.commandCalls(SendMessageBatchCommand)[0]?.args[0].input.Entries).toEqual([
      { Id: 'a', MessageBody: 'fine', DelaySeconds: undefined, MessageAttributes: undefined },
      { Id: 'b', MessageBody: 'too long', DelaySeconds: 1, MessageAttributes: undefined },
    ]);
  });

  it('surfaces SQS errors as CommandQueueError with the SQS code', async () => {
    sqs
      .on(DeleteMessageCommand)
      .rejects(new ReceiptHandleIsInvalid({ message: 'The input receipt handle is invalid.', $metadata: {} }));
    sqs
      .on(SendMessageBatchCommand)
      .rejects(
        new TooManyEntriesInBatchRequest({ message: 'Maximum number of entries per request are 10.', $metadata: {} }),
      );
    const queue = commandQueue();

    const deleting = queue.delete('stale');
    await expect(deleting).rejects.toBeInstanceOf(CommandQueueError);
    await expect(deleting).rejects.toMatchObject({
      code: 'ReceiptHandleIsInvalid',
      message: 'SQS contentflow-commands: The input receipt handle is invalid.',
    });
    await expect(queue.sendBatch([])).rejects.toMatchObject({ code: 'TooManyEntriesInBatchRequest' });
  });

  it('lets errors that are not from SQS through unchanged', async () => {
    const networkError = new Error('socket hang up');
    sqs.on(SendMessageCommand).rejects(networkError);
    await expect(commandQueue().send({ body: 'x' })).rejects.toBe(networkError);
  });

  it('receives with the system attributes the port reports and maps each message', async () => {
    sqs.on(ReceiveMessageCommand).resolves({
      Messages: [
        {
          MessageId: 'm-1',
          ReceiptHandle: 'rh-1',
          Body: 'hello',
          MD5OfBody: 'md5',
          Attributes: {
            ApproximateReceiveCount: '3',
            SentTimestamp: '1700000000000',
            ApproximateFirstReceiveTimestamp: '1700000000500',
          },
          MessageAttributes: {
            tenant: { DataType: 'String', StringValue: 't1' },
            count: { DataType: 'Number.int', StringValue: '7' },
            blob: { DataType: 'Binary', BinaryValue: new Uint8Array([9]) },
          },
        },
      ],
    });
    const messages = await commandQueue().receive({
      maxMessages: 10,
      waitTimeSeconds: 20,
      visibilityTimeoutSeconds: 60,
    });
    expect(messages).toEqual([
      {
        messageId: 'm-1',
        receiptHandle: 'rh-1',
        body: 'hello',
        md5OfBody: 'md5',
        attributes: {
          tenant: { dataType: 'String', stringValue: 't1' },
          count: { dataType: 'Number', stringValue: '7' },
          blob: { dataType: 'Binary', binaryValue: new Uint8Array([9]) },
        },
        approximateReceiveCount: 3,
        sentTimestamp: 1_700_000_000_000,
        approximateFirstReceiveTimestamp: 1_700_000_000_500,
      },
    ]);
    expect(sqs.commandCalls(ReceiveMessageCommand)[0]?.args[0].input).toEqual({
      QueueUrl: QUEUE_URL,
      MaxNumberOfMessages: 10,
      WaitTimeSeconds: 20,
      VisibilityTimeout: 60,
      MessageSystemAttributeNames: ['ApproximateReceiveCount', 'SentTimestamp', 'ApproximateFirstReceiveTimestamp'],
      MessageAttributeNames: ['All'],
    });
  });

  it('returns no messages from an empty or stopped long poll', async () => {
    sqs.on(ReceiveMessageCommand).resolves({});
    const queue = commandQueue();
    expect(await queue.receive()).toEqual([]);
    const stop = new AbortController();
    stop.abort();
    expect(await queue.receive({ signal: stop.signal })).toEqual([]);
    expect(sqs.commandCalls(ReceiveMessageCommand)).toHaveLength(1);
  });

  it('deletes and changes visibility by receipt handle', async () => {
    sqs.on(DeleteMessageCommand).resolves({});
    sqs.on(ChangeMessageVisibilityCommand).resolves({});
    const queue = commandQueue();
    await queue.delete('rh-1');
    await queue.changeVisibility('rh-2', 0);
    expect(sqs.commandCalls(DeleteMessageCommand)[0]?.args[0].input).toEqual({
      QueueUrl: QUEUE_URL,
      ReceiptHandle: 'rh-1',
    });
    expect(sqs.commandCalls(ChangeMessageVisibilityCommand)[0]?.args[0].input).toEqual({
      QueueUrl: QUEUE_URL,
      ReceiptHandle: 'rh-2',
      VisibilityTimeout: 0,
    });
  });

  describe('redriveToSource', () => {
    const QUEUE_ARN = 'arn:aws:sqs:eu-west-1:123456789012:contentflow-commands';

    beforeEach(() => {
      sqs.on(GetQueueAttributesCommand).resolves({ Attributes: { QueueArn: QUEUE_ARN } });
      sqs.on(StartMessageMoveTaskCommand).resolves({ TaskHandle: 'task-2' });
    });

    it('starts a message move task and waits for it to complete', async () => {
      sqs
        .on(ListMessageMoveTasksCommand)
        .resolvesOnce({ Results: [{ TaskHandle: 'task-2', Status: 'RUNNING', ApproximateNumberOfMessagesMoved: 3 }] })
        .resolves({
          Results: [
            { TaskHandle: 'task-2', Status: 'COMPLETED', ApproximateNumberOfMessagesMoved: 7 },
            { TaskHandle: 'task-1', Status: 'COMPLETED', ApproximateNumberOfMessagesMoved: 99 },
          ],
        });
      const queue = commandQueue();
      expect(await queue.redriveToSource()).toEqual({ movedMessages: 7 });
      expect(sqs.commandCalls(StartMessageMoveTaskCommand)[0]?.args[0].input).toEqual({ SourceArn: QUEUE_ARN });
      expect(sqs.commandCalls(ListMessageMoveTasksCommand)).toHaveLength(2);

      await queue.redriveToSource();
      expect(sqs.commandCalls(GetQueueAttributesCommand)).toHaveLength(1);
    });

    it('reports a failed move task', async () => {
      sqs.on(ListMessageMoveTasksCommand).resolves({
        Results: [{ TaskHandle: 'task-2', Status: 'FAILED', FailureReason: 'AccessDenied' }],
      });
      await expect(commandQueue().redriveToSource()).rejects.toThrow(
        'Moving messages out of contentflow-commands ended FAILED: AccessDenied.',
      );
    });
  });
});
