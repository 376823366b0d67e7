/** Planar floating-point PCM in [-1, 1]: what every audio primitive here takes and returns. */
export interface PcmAudio {
  readonly sampleRate: number;
  /** One array per channel, all of the same length. */
  readonly channels: readonly Float32Array[];
}

/** Two buffers that must share a sample rate or channel layout do not. */
export class AudioFormatMismatchError extends Error {
  override name = 'AudioFormatMismatchError';
}

export function frameCount(audio: PcmAudio): number {
  return audio.channels[0]?.length ?? 0;
}

export function durationOf(audio: PcmAudio): number {
  return frameCount(audio) / audio.sampleRate;
}

export function silence(sampleRate: number, channelCount: number, seconds: number): PcmAudio {
  const frames = Math.round(seconds * sampleRate);
  return { sampleRate, channels: Array.from({ length: channelCount }, () => new Float32Array(frames)) };
}

export function dbToGain(db: number): number {
  return 10 ** (db / 20);
}

export function gainToDb(gain: number): number {
  return 20 * Math.log10(gain);
}

/** Highest absolute sample over all channels, in dBFS (−Infinity for digital silence). */
export function samplePeakDb(audio: PcmAudio): number {
  let peak = 0;
  for (const channel of audio.channels) {
    // Indexed, not for…of: the iterator protocol costs several times more per sample on long audio.
    for (let i = 0; i < channel.length; i += 1) {
      const magnitude = Math.abs(channel[i]!);
      if (magnitude > peak) peak = magnitude;
    }
  }
  return gainToDb(peak);
}

/** The same content with `channelCount` channels: a mono source is copied to each, a stereo one averaged to mono. */
export function withChannelCount(audio: PcmAudio, channelCount: 1 | 2): PcmAudio {
  const have = audio.channels.length;
  if (have === channelCount) return audio;
  if (have === 1) return { sampleRate: audio.sampleRate, channels: [audio.channels[0]!, audio.channels[0]!.slice()] };
  const [left, right] = audio.channels as [Float32Array, Float32Array];
  const mono = new Float32Array(left.length);
  for (let i = 0; i < mono.length; i += 1) mono[i] = (left[i]! + right[i]!) / 2;
  return { sampleRate: audio.sampleRate, channels: [mono] };
}

/** Interleaves frames `[from, to)` (L R L R …), the layout ffmpeg's raw `f32le` input expects. */
export function interleave(audio: PcmAudio, from = 0, to = frameCount(audio)): Float32Array {
  const channelCount = audio.channels.length;
  const out = new Float32Array((to - from) * channelCount);
  for (let c = 0; c < channelCount; c += 1) {
    const channel = audio.channels[c]!;
    for (let i = from, o = c; i < to; i += 1, o += channelCount) out[o] = channel[i]!;
  }
  return out;
}

export function deinterleave(samples: Float32Array, channelCount: number, sampleRate: number): PcmAudio {
  const frames = Math.floor(samples.length / channelCount);
  const channels = Array.from({ length: channelCount }, () => new Float32Array(frames));
  for (let c = 0; c < channelCount; c += 1) {
    const channel = channels[c]!;
    for (let i = 0, s = c; i < frames; i += 1, s += channelCount) channel[i] = samples[s]!;
  }
  return { sampleRate, channels };
}
