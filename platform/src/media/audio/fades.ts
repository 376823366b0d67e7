import type { PcmAudio } from './pcm-audio.ts';

/**
 * Fades in place with a raised-cosine curve, which starts and ends with zero slope and so does not click:
 * `in` over the first `seconds`, `out` over the last.
 */
export function fade(audio: PcmAudio, direction: 'in' | 'out', seconds: number): void {
  for (const channel of audio.channels) {
    const frames = Math.min(channel.length, Math.round(seconds * audio.sampleRate));
    for (let i = 0; i < frames; i += 1) {
      const gain = 0.5 - 0.5 * Math.cos((Math.PI * i) / frames);
      const index = direction === 'in' ? i : channel.length - 1 - i;
      channel[index]! *= gain;
    }
  }
}
