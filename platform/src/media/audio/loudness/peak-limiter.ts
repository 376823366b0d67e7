import { dbToGain, frameCount, type PcmAudio } from '../pcm-audio.ts';

export interface PeakLimiterOptions {
  ceilingDbfs: number;
  /** Make-up gain applied before limiting (the two in one pass over the audio). */
  gainDb?: number;
  /** How early the gain starts to fall before a peak: the attack, free of clicks because it is a ramp. */
  lookaheadSec?: number;
  /** Time constant of the gain's return to unity after a peak. */
  releaseSec?: number;
}

/**
 * A look-ahead brick-wall limiter for whole buffers. The gain a frame needs is spread backwards with a sliding
 * minimum over the look-ahead window, then smoothed by a moving average of the same length: every average that
 * covers a peak only averages gains that are already low enough for it, so no sample exceeds the ceiling, and
 * the gain falls as a ramp rather than a step. The release is a one-pole return that may only lower the gain.
 */
export function limitPeaks(audio: PcmAudio, options: PeakLimiterOptions): PcmAudio {
  const makeUp = dbToGain(options.gainDb ?? 0);
  const ceiling = dbToGain(options.ceilingDbfs) / makeUp;
  const frames = frameCount(audio);
  const needed = new Float32Array(frames);
  let clips = false;
  for (let i = 0; i < frames; i += 1) {
    let peak = 0;
    for (const channel of audio.channels) peak = Math.max(peak, Math.abs(channel[i]!));
    needed[i] = peak > ceiling ? ceiling / peak : 1;
    clips ||= peak > ceiling;
  }
  const gain = clips ? gainCurve(needed, audio.sampleRate, options) : undefined;
  return {
    sampleRate: audio.sampleRate,
    channels: audio.channels.map((channel) => {
      const out = new Float32Array(frames);
      if (gain) for (let i = 0; i < frames; i += 1) out[i] = channel[i]! * makeUp * gain[i]!;
      else for (let i = 0; i < frames; i += 1) out[i] = channel[i]! * makeUp;
      return out;
    }),
  };
}

function gainCurve(needed: Float32Array, sampleRate: number, options: PeakLimiterOptions): Float32Array {
  const window = Math.max(1, Math.round((options.lookaheadSec ?? 0.005) * sampleRate));
  const ahead = slidingMinimumAhead(needed, window);
  const release = 1 - Math.exp(-1 / ((options.releaseSec ?? 0.08) * sampleRate));
  const gain = new Float32Array(needed.length);
  // Frames before the start repeat ahead[0], whose window covers every frame the first averages reach.
  let sum = ahead[0]! * window;
  let previous = 1;
  for (let i = 0; i < needed.length; i += 1) {
    sum += ahead[i]! - (i >= window ? ahead[i - window]! : ahead[0]!);
    const smoothed = Math.min(1, sum / window);
    previous = Math.min(smoothed, previous + (1 - previous) * release);
    gain[i] = previous;
  }
  return gain;
}

/** `out[i] = min(values[i … i + window − 1])`, in linear time with a monotonic deque. */
function slidingMinimumAhead(values: Float32Array, window: number): Float32Array {
  const out = new Float32Array(values.length);
  const deque = new Int32Array(values.length);
  let head = 0;
  let tail = 0;
  for (let i = values.length - 1; i >= 0; i -= 1) {
    while (tail > head && values[deque[tail - 1]!]! >= values[i]!) tail -= 1;
    deque[tail] = i;
    tail += 1;
    if (deque[head]! >= i + window) head += 1;
    out[i] = values[deque[head]!]!;
  }
  return out;
}
