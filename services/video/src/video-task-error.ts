import { TaskError } from '@contentflow/platform';
import { SpeechSynthesisError } from '@contentflow/platform/audio';
import {
  FfmpegCapabilityError,
  FfmpegNotFoundError,
  MediaToolAbortedError,
  MediaToolExitError,
  MediaToolTimeoutError,
} from '@contentflow/platform/ffmpeg';
import { UnsupportedTextError } from '@contentflow/platform/render';
import { VideoClipConfigError } from './clips/video-clip-generator-config.ts';
import { NarrationTooLongError } from './timeline/narration-too-long-error.ts';

/**
 * Names the failures a video job can meet, so Job.Failed says what went wrong and whether a retry may help.
 * Anything not recognised is rethrown and reported as INTERNAL_ERROR by the runner.
 */
export function toTaskError(error: unknown, signal: AbortSignal): unknown {
  if (error instanceof TaskError) return error;
  if (signal.aborted || error instanceof MediaToolAbortedError) {
    return new TaskError('CANCELLED', 'the video job was cancelled before it finished', { cause: error });
  }
  if (error instanceof NarrationTooLongError)
    return new TaskError('NARRATION_TOO_LONG', error.message, { cause: error });
  if (error instanceof UnsupportedTextError) return new TaskError('TEXT_UNSUPPORTED', error.message, { cause: error });
  if (error instanceof VideoClipConfigError) {
    return new TaskError('VIDEO_CLIPS_MISCONFIGURED', error.message, { cause: error });
  }
  if (error instanceof SpeechSynthesisError) {
    return new TaskError(error.code, error.message, { retryable: error.retryable, cause: error });
  }
  if (error instanceof FfmpegNotFoundError || error instanceof FfmpegCapabilityError) {
    return new TaskError('FFMPEG_UNAVAILABLE', error.message, { cause: error });
  }
  if (error instanceof MediaToolTimeoutError) {
    return new TaskError('ENCODE_TIMEOUT', error.message, { retryable: true, cause: error });
  }
  // ffmpeg failing on inputs the engine made itself is a fault here, or the machine's (memory): worth one more try.
  if (error instanceof MediaToolExitError)
    return new TaskError('ENCODE_FAILED', error.message, { retryable: true, cause: error });
  return error;
}
