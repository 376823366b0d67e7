import type { AudioVoice } from '@contentflow/events';
import { durationOf, type PcmAudio, type SpeechSynthesizer } from '@contentflow/platform/audio';
import type { SpokenPart } from '../timeline/spoken-part.ts';

export interface NarratedPart extends SpokenPart {
  audio: PcmAudio;
}

export interface Narration {
  parts: NarratedPart[];
  /** The provider's voice, e.g. `flite-2.3/cmu_us_slt`. */
  model: string;
}

export interface NarrateOptions {
  voice: AudioVoice;
  speed: number;
  signal?: AbortSignal;
  /** 0–1 of the parts spoken. */
  onProgress?: (fraction: number) => Promise<void>;
}

/**
 * Speaks each text on its own, so every part's length and caption timings are known exactly and the video can
 * place each one where its picture is.
 */
export async function narrateParts(
  speech: SpeechSynthesizer,
  texts: readonly string[],
  options: NarrateOptions,
): Promise<Narration> {
  const parts: NarratedPart[] = [];
  let model = '';
  for (const [index, text] of texts.entries()) {
    const result = await speech.synthesize({
      text,
      voice: options.voice,
      speed: options.speed,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    parts.push({ audio: result.audio, durationSec: durationOf(result.audio), captions: result.captions });
    model = result.model;
    await options.onProgress?.((index + 1) / texts.length);
  }
  return { parts, model };
}
