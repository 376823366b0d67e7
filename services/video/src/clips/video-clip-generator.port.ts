import type { ModelProvider } from '@contentflow/platform';

export interface ClipRequest {
  /** What the clip shows; never text, which the layout draws over it. */
  prompt: string;
  /** The same prompt and seed give the same clip, so a re-run of a job looks like the first. */
  seed: number;
  /** Absolute path the MP4 is written to (inside the job's working directory). */
  file: string;
}

/**
 * A model that films background clips for video scenes. Offline there is none: scenes show rendered layouts or
 * uploaded pictures moved by the camera instead.
 */
export interface VideoClipGenerator {
  readonly provider: ModelProvider;
  readonly model: string;
  /** Writes one MP4 clip (video only, any length: the composition loops or trims it) to `request.file`. */
  generate(request: ClipRequest, signal: AbortSignal): Promise<void>;
}
