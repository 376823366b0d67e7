import type { PcmAudio } from '../pcm-audio.ts';

/**
 * A stereo buffer one loop long in which sound that runs past the end wraps to the start, as it would when the loop
 * plays again: a pad released in the last bar sounds over the first. Tiling the result is therefore seamless.
 */
export class LoopBuffer {
  readonly sampleRate: number;
  readonly left: Float32Array;
  readonly right: Float32Array;

  constructor(sampleRate: number, frames: number) {
    this.sampleRate = sampleRate;
    this.left = new Float32Array(frames);
    this.right = new Float32Array(frames);
  }

  get frames(): number {
    return this.left.length;
  }

  /** Adds a mono sound at a frame with a gain and a constant-power pan (−1 left … 1 right). */
  add(sound: Float32Array, startFrame: number, gain: number, pan = 0): void {
    const angle = ((pan + 1) * Math.PI) / 4;
    const leftGain = gain * Math.cos(angle);
    const rightGain = gain * Math.sin(angle);
    const frames = this.frames;
    let at = ((Math.round(startFrame) % frames) + frames) % frames;
    for (let i = 0; i < sound.length; i += 1) {
      this.left[at]! += sound[i]! * leftGain;
      this.right[at]! += sound[i]! * rightGain;
      at = at + 1 === frames ? 0 : at + 1;
    }
  }

  /** A one-pole low-pass over the loop, run twice round so the filter's state at the seam is its steady state. */
  lowpass(cutoffHz: number): void {
    const coefficient = 1 - Math.exp((-2 * Math.PI * cutoffHz) / this.sampleRate);
    for (const channel of [this.left, this.right]) {
      let state = 0;
      for (let lap = 0; lap < 2; lap += 1) {
        for (let i = 0; i < channel.length; i += 1) {
          state += coefficient * (channel[i]! - state);
          if (lap === 1) channel[i] = state;
        }
      }
    }
  }

  toAudio(): PcmAudio {
    return { sampleRate: this.sampleRate, channels: [this.left, this.right] };
  }
}
