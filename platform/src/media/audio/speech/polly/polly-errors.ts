import { isServerError, isThrottlingError, isTransientError } from '@smithy/core/retry';
import { SpeechSynthesisError } from '../speech-synthesizer.port.ts';
import { SpeechMarksError } from './speech-marks.ts';

/** What a failed Polly call means for the job: throttling and outages are worth a retry, the rest is not. */
export function pollyFailure(error: unknown, signal: AbortSignal | undefined): unknown {
  if (signal?.aborted) return signal.reason;
  if (error instanceof SpeechMarksError) {
    return new SpeechSynthesisError('TTS_UNAVAILABLE', `Amazon Polly's answer was unusable: ${error.message}`, {
      retryable: true,
      cause: error,
    });
  }
  const sdkError = error as Parameters<typeof isThrottlingError>[0];
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (error instanceof Error && isThrottlingError(sdkError)) {
    return new SpeechSynthesisError('TTS_THROTTLED', `Amazon Polly is throttling requests (${detail})`, {
      retryable: true,
      cause: error,
    });
  }
  if (error instanceof Error && (isTransientError(sdkError) || isServerError(sdkError))) {
    return new SpeechSynthesisError('TTS_UNAVAILABLE', `Amazon Polly is unavailable (${detail})`, {
      retryable: true,
      cause: error,
    });
  }
  return new SpeechSynthesisError('TTS_REJECTED', `Amazon Polly refused the request (${detail})`, {
    retryable: false,
    cause: error,
  });
}
