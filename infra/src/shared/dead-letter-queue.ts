import { Duration, Validations } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/** How long a failed message waits for someone to look: SQS's maximum. */
const DEAD_LETTER_RETENTION = Duration.days(14);

/** A queue for what could not be delivered or processed: encrypted, TLS-only, kept as long as SQS allows. */
export function deadLetterQueue(scope: Construct, id: string, queueName: string): Queue {
  const queue = new Queue(scope, id, {
    queueName,
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: DEAD_LETTER_RETENTION,
  });
  Validations.of(queue).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason: 'This queue is itself a dead-letter queue; a DLQ of a DLQ would only move the problem.',
  });
  return queue;
}
