import { TaskError, type TaskRunContext } from '@contentflow/platform';
import {
  AudioTooLongError,
  SilentAudioError,
  SpeechSynthesisError,
  UndecodableAudioError,
} from '@contentflow/platform/audio';
import { FfmpegNotFoundError, MediaToolTimeoutError } from '@contentflow/platform/ffmpeg';

/** The failures an audio task understands, as the codes Job.Failed carries; anything else stays INTERNAL_ERROR. */
export function asTaskError(error: unknown, signal: AbortSignal): unknown {
  if (error instanceof TaskError) return error;
  if (signal.aborted) {
    return new TaskError('JOB_ABORTED', 'the job was cancelled or ran out of time', { cause: signal.reason });
  }
  if (error instanceof SpeechSynthesisError) {
    return new TaskError(error.code, error.message, { retryable: error.retryable, cause: error });
  }
  const known: Array<[new (...args: never[]) => Error, string, boolean]> = [
    [UndecodableAudioError, 'AUDIO_UNDECODABLE', false],
    [AudioTooLongError, 'AUDIO_TOO_LONG', false],
    [SilentAudioError, 'AUDIO_SILENT', false],
    [MediaToolTimeoutError, 'ENCODER_TIMEOUT', true],
    [FfmpegNotFoundError, 'ENCODER_MISSING', false],
  ];
  for (const [type, code, retryable] of known) {
    if (error instanceof type) return new TaskError(code, error.message, { retryable, cause: error });
  }
  return error;
}

/** A task run whose failures are translated by asTaskError. */
export function withAudioErrors<I, O>(
  run: (input: I, context: TaskRunContext) => Promise<O>,
): (input: I, context: TaskRunContext) => Promise<O> {
  return (input, context) =>
    run(input, context).catch((error: unknown) => {
      throw asTaskError(error, context.signal);
    });
}
