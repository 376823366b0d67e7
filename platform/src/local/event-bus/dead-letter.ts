import type { MessageAttributes, SendMessageInput } from '../../ports/command-queue.port.ts';
import type { DeliveryError } from './delivery-store.ts';
import type { ExhaustedRetryCondition } from './retry-policy.ts';

export interface DeadLetter {
  /** The event as the target would have received it (JSON). */
  event: string;
  ruleArn: string;
  targetArn: string;
  error: DeliveryError;
  condition: ExhaustedRetryCondition;
  /** Retries made after the first attempt. */
  retryAttempts: number;
}

// SQS caps a message with its attributes at 256 KiB and the event alone may take that; keep the reason short.
const MAX_ERROR_MESSAGE_LENGTH = 1_024;

/** The SQS message EventBridge writes to a target's dead-letter queue: the event, with why it was not delivered. */
export function deadLetterMessage(deadLetter: DeadLetter): SendMessageInput {
  const text = (stringValue: string) => ({ dataType: 'String' as const, stringValue });
  const attributes: MessageAttributes = {
    RULE_ARN: text(deadLetter.ruleArn),
    TARGET_ARN: text(deadLetter.targetArn),
    ERROR_CODE: text(deadLetter.error.code),
    ERROR_MESSAGE: text(deadLetter.error.message.slice(0, MAX_ERROR_MESSAGE_LENGTH)),
    EXHAUSTED_RETRY_CONDITION: text(deadLetter.condition),
    RETRY_ATTEMPTS: text(String(deadLetter.retryAttempts)),
  };
  return { body: deadLetter.event, attributes };
}
