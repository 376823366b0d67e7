import wavefile from 'wavefile';
import { UndecodableAudioError } from './audio-errors.ts';
import type { PcmAudio } from './pcm-audio.ts';

const INT16_SCALE = 32_768;

/** 16-bit PCM WAV: what every player and editor opens. */
export function encodeWav(audio: PcmAudio): Uint8Array {
  const channelCount = audio.channels.length;
  const frames = audio.channels[0]?.length ?? 0;
  const samples = new Int16Array(frames * channelCount);
  for (let c = 0; c < channelCount; c += 1) {
    const channel = audio.channels[c]!;
    for (let i = 0, o = c; i < frames; i += 1, o += channelCount) {
      samples[o] = Math.max(-INT16_SCALE, Math.min(INT16_SCALE - 1, Math.round(channel[i]! * INT16_SCALE)));
    }
  }
  const wav = new wavefile.WaveFile();
  wav.fromScratch(channelCount, audio.sampleRate, '16', samples);
  return wav.toBuffer();
}

/** Reads a 16-bit PCM WAV file (what Flite writes); other formats go through ffmpeg (decodeAudio). */
export function decodeWav(bytes: Uint8Array): PcmAudio {
  const wav = new wavefile.WaveFile(bytes);
  if (wav.bitDepth !== '16') throw new UndecodableAudioError(`expected 16-bit PCM WAV, got bit depth ${wav.bitDepth}`);
  const { sampleRate, numChannels } = wav.fmt as { sampleRate: number; numChannels: number };
  const samples = wav.getSamples(true, Int16Array) as unknown as Int16Array;
  const channels = Array.from({ length: numChannels }, () => new Float32Array(samples.length / numChannels));
  for (let i = 0; i < samples.length; i += 1)
    channels[i % numChannels]![Math.floor(i / numChannels)] = samples[i]! / INT16_SCALE;
  return { sampleRate, channels };
}
