import { isServerError, isThrottlingError, isTransientError } from '@smithy/core/retry';
import { ModelError } from '../model-errors.ts';

type SdkError = Parameters<typeof isThrottlingError>[0];

/** Bedrock's own "try again later" errors beyond the generic transient ones. */
const BUSY_ERRORS = new Set(['ModelNotReadyException', 'ModelTimeoutException', 'ServiceUnavailableException']);

function asSdkError(error: unknown): SdkError | undefined {
  return error instanceof Error ? (error as SdkError) : undefined;
}

/** Whether another call may succeed: throttling, outages and a model still loading pass with time. */
export function isRetryableBedrockError(error: unknown): boolean {
  const sdkError = asSdkError(error);
  if (!sdkError) return false;
  return (
    isThrottlingError(sdkError) ||
    isTransientError(sdkError) ||
    isServerError(sdkError) ||
    BUSY_ERRORS.has(sdkError.name)
  );
}

/** What a failed Bedrock call means for the job, once retries are spent. */
export function bedrockFailure(error: unknown, modelId: string): unknown {
  const sdkError = asSdkError(error);
  if (!sdkError || sdkError.name === 'AbortError' || error instanceof ModelError) return error;
  const detail = `${sdkError.name}: ${sdkError.message}`;
  if (isThrottlingError(sdkError)) {
    return new ModelError('MODEL_THROTTLED', `Amazon Bedrock is throttling ${modelId} (${detail})`, { cause: error });
  }
  if (isRetryableBedrockError(error)) {
    return new ModelError('MODEL_UNAVAILABLE', `Amazon Bedrock could not run ${modelId} (${detail})`, { cause: error });
  }
  return new ModelError('MODEL_REQUEST_REJECTED', `Amazon Bedrock refused the request to ${modelId} (${detail})`, {
    cause: error,
  });
}
