/**
 * The command queue's one error type, shared by every adapter so callers handle a local queue and SQS alike.
 * `code` is the SQS error code (e.g. `ReceiptHandleIsInvalid`, `TooManyEntriesInBatchRequest`).
 */
export class CommandQueueError extends Error {
  override readonly name: string = 'CommandQueueError';
  readonly code: string;

  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }
}

/** A message (body plus attributes) over the queue's size limit; SQS reports it as `InvalidParameterValue`. */
export class MessageTooLongError extends CommandQueueError {
  override readonly name = 'MessageTooLongError';
  readonly limitBytes: number;
  readonly actualBytes: number;

  constructor(limitBytes: number, actualBytes: number) {
    super(
      'InvalidParameterValue',
      `Message is ${actualBytes} bytes (body plus attributes); the queue's limit is ${limitBytes} bytes.`,
    );
    this.limitBytes = limitBytes;
    this.actualBytes = actualBytes;
  }
}
