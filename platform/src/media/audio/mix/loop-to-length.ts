import type { PcmAudio } from '../pcm-audio.ts';

/** Short enough to keep a seamless loop's beat, long enough to hide the seam of one that is not. */
const CROSSFADE_SEC = 0.02;

/**
 * The audio cut or repeated to exactly `frames` frames. Repeats overlap by a short equal-power crossfade, so music
 * that was not made to loop does not click at the seam.
 */
export function loopToLength(audio: PcmAudio, frames: number): PcmAudio {
  const length = audio.channels[0]?.length ?? 0;
  if (length >= frames || length === 0) {
    return { sampleRate: audio.sampleRate, channels: audio.channels.map((channel) => channel.slice(0, frames)) };
  }
  const overlap = Math.min(Math.round(CROSSFADE_SEC * audio.sampleRate), Math.floor(length / 2));
  const stride = length - overlap;
  const channels = audio.channels.map((source) => {
    const out = new Float32Array(frames);
    for (let start = 0; start < frames; start += stride) {
      const count = Math.min(length, frames - start);
      for (let i = 0; i < count; i += 1) {
        // Each copy fades in over its first `overlap` frames (except the first copy) and out over its last.
        const fadeIn = start > 0 && i < overlap ? Math.sin((Math.PI / 2) * (i / overlap)) : 1;
        const fadeOut = i >= stride && start + stride < frames ? Math.cos((Math.PI / 2) * ((i - stride) / overlap)) : 1;
        out[start + i]! += source[i]! * fadeIn * fadeOut;
      }
    }
    return out;
  });
  return { sampleRate: audio.sampleRate, channels };
}
