import type { AudioVoice, Caption } from '@contentflow/events';
import { fade } from '../../fades.ts';
import type { PcmAudio } from '../../pcm-audio.ts';
import { PAUSE_SECONDS, splitCaptionChunks } from '../caption-chunks.ts';
import {
  type SpeechRequest,
  type SpeechResult,
  SpeechSynthesisError,
  type SpeechSynthesizer,
} from '../speech-synthesizer.port.ts';
import { spokenSpan } from './flite-segments.ts';
import { FLITE_VERSION, type FliteVoice, runFlite } from './flite-wasi.ts';

const FLITE_VOICES: Readonly<Record<AudioVoice, FliteVoice>> = {
  'en-us-female-1': 'slt',
  'en-us-male-1': 'rms',
  'en-us-male-2': 'kal16',
  'en-gb-male-1': 'awb',
};

/** Silence before the first word and after the last. */
const LEAD_IN_SEC = 0.15;
const TAIL_SEC = 0.35;
/** Kept around each chunk's spoken span so a final plosive or breath is not cut off. */
const EDGE_MARGIN_SEC = 0.02;
const EDGE_FADE_SEC = 0.005;

const milliseconds = (seconds: number): number => Math.round(seconds * 1000) / 1000;

interface Placed {
  samples: Float32Array;
  startFrame: number;
}

/**
 * Offline speech with Flite. Each caption chunk (at most five words) is synthesised alone and trimmed to what was
 * spoken, using Flite's own phone timings; the chunks are then laid end to end with pauses that follow the
 * punctuation. The caption timings are therefore exact, not estimated: each is where its chunk was placed.
 */
export class FliteSpeechSynthesizer implements SpeechSynthesizer {
  readonly provider = 'offline' as const;

  async synthesize(request: SpeechRequest): Promise<SpeechResult> {
    const voice = FLITE_VOICES[request.voice];
    const chunks = splitCaptionChunks(request.text);
    const placed: Placed[] = [];
    const captions: Caption[] = [];
    let sampleRate = 0;
    let cursor = 0;
    for (const [index, chunk] of chunks.entries()) {
      request.signal?.throwIfAborted();
      const spoken = await runFlite({ text: chunk.text, voice, durationStretch: 1 / request.speed });
      const span = spokenSpan(spoken.segments);
      // Nothing pronounceable (Flite's front end is English only): no sound, so no caption either.
      if (span) {
        if (placed.length === 0) {
          sampleRate = spoken.audio.sampleRate;
          cursor = Math.round(LEAD_IN_SEC * sampleRate);
        }
        const samples = trimmed(spoken.audio, span.startSec - EDGE_MARGIN_SEC, span.endSec + EDGE_MARGIN_SEC);
        placed.push({ samples, startFrame: cursor });
        captions.push({
          text: chunk.text,
          startSec: milliseconds(cursor / sampleRate),
          endSec: milliseconds((cursor + samples.length) / sampleRate),
        });
        cursor += samples.length + Math.round((PAUSE_SECONDS[chunk.boundary] / request.speed) * sampleRate);
      }
      await request.onProgress?.((index + 1) / chunks.length);
    }
    const last = placed.at(-1);
    if (!last) {
      throw new SpeechSynthesisError(
        'TEXT_UNSPEAKABLE',
        'the offline voices speak English: nothing in the text could be pronounced',
        {
          retryable: false,
        },
      );
    }
    const output = new Float32Array(last.startFrame + last.samples.length + Math.round(TAIL_SEC * sampleRate));
    for (const { samples, startFrame } of placed) output.set(samples, startFrame);
    return { audio: { sampleRate, channels: [output] }, captions, model: `${FLITE_VERSION}/cmu_us_${voice}` };
  }
}

/** The mono samples between two times, with short fades so the cut edges do not click. */
function trimmed(audio: PcmAudio, fromSec: number, toSec: number): Float32Array {
  const channel = audio.channels[0]!;
  const from = Math.max(0, Math.floor(fromSec * audio.sampleRate));
  const to = Math.min(channel.length, Math.ceil(toSec * audio.sampleRate));
  const clip: PcmAudio = { sampleRate: audio.sampleRate, channels: [channel.slice(from, to)] };
  fade(clip, 'in', EDGE_FADE_SEC);
  fade(clip, 'out', EDGE_FADE_SEC);
  return clip.channels[0]!;
}
