import type { AudioVoice, Caption } from '@contentflow/events';
import type { PcmAudio } from '../pcm-audio.ts';

export interface SpeechRequest {
  text: string;
  voice: AudioVoice;
  /** Speaking rate relative to the voice's normal one (0.5–2). */
  speed: number;
  /** Aborting stops the synthesis between chunks (or cancels the provider call). */
  signal?: AbortSignal;
  /** Called as the work advances, with the fraction done (0–1). */
  onProgress?: (fraction: number) => Promise<void> | void;
}

export interface SpeechResult {
  /** Mono speech, not yet loudness-normalised. */
  audio: PcmAudio;
  /** When each caption chunk (at most five words) is spoken, in the returned audio. */
  captions: Caption[];
  /** The provider's voice, e.g. `flite-2.3/cmu_us_slt` or `polly-neural/Joanna`. */
  model: string;
}

/** The text-to-speech port: Flite offline, Amazon Polly when configured. */
export interface SpeechSynthesizer {
  readonly provider: 'offline' | 'polly';
  synthesize(request: SpeechRequest): Promise<SpeechResult>;
}

/** A failure of the speech provider, with a stable code and whether trying again may help. */
export class SpeechSynthesisError extends Error {
  override name = 'SpeechSynthesisError';
  readonly code: 'TEXT_UNSPEAKABLE' | 'TTS_THROTTLED' | 'TTS_UNAVAILABLE' | 'TTS_REJECTED';
  readonly retryable: boolean;

  constructor(code: SpeechSynthesisError['code'], message: string, options: { retryable: boolean; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable;
  }
}
