import type { AudioFormat, SpeechOutput } from '@contentflow/events';
import { durationOf, encodeAudio, type NormalizedAudio } from '@contentflow/platform/audio';

/** What every audio output says about its file (the contract's audio file fields, bar the provider). */
export type AudioFileFields = Pick<
  SpeechOutput,
  'format' | 'mimeType' | 'audioFile' | 'durationSec' | 'sampleRate' | 'channels' | 'loudnessLufs' | 'peakDbfs'
>;

export interface AudioFile {
  fields: AudioFileFields;
  bytes: Uint8Array;
}

const rounded = (value: number, digits: number): number => Number(value.toFixed(digits));

/** Encodes normalised audio as `<name>.<format>` and describes it as the task contracts do. */
export async function encodeAudioFile(
  normalized: NormalizedAudio,
  format: AudioFormat,
  name: string,
  signal: AbortSignal,
): Promise<AudioFile> {
  const { audio, loudness } = normalized;
  const encoded = await encodeAudio(audio, format, signal);
  return {
    bytes: encoded.bytes,
    fields: {
      format,
      mimeType: encoded.mimeType,
      audioFile: `${name}.${format}`,
      durationSec: rounded(durationOf(audio), 3),
      sampleRate: audio.sampleRate,
      channels: audio.channels.length,
      loudnessLufs: rounded(loudness.integratedLufs, 2),
      peakDbfs: rounded(Math.min(0, loudness.samplePeakDbfs), 2),
    },
  };
}
