import type { Random } from './seeded-random.ts';

/**
 * The synthesiser's voices. Each renders one note as mono samples peaking near 1; the arrangement places, pans
 * and balances them. They are simple on purpose (sine, band-limited saw, noise, Karplus–Strong, two-operator
 * FM), which is what a music bed under a voice needs.
 */

const TAU = 2 * Math.PI;

function frames(sampleRate: number, seconds: number): number {
  return Math.max(1, Math.round(seconds * sampleRate));
}

/** Per-sample factor of an exponential decay with time constant `seconds`: one multiply instead of exp() a sample. */
function decayFactor(sampleRate: number, seconds: number): number {
  return Math.exp(-1 / (seconds * sampleRate));
}

function onePoleCoefficient(sampleRate: number, cutoffHz: number): number {
  return 1 - Math.exp((-TAU * Math.min(cutoffHz, sampleRate * 0.45)) / sampleRate);
}

/** PolyBLEP correction: removes the aliasing of a naive sawtooth's jump. */
function polyBlep(phase: number, step: number): number {
  if (phase < step) {
    const t = phase / step;
    return t + t - t * t - 1;
  }
  if (phase > 1 - step) {
    const t = (phase - 1) / step;
    return t * t + t + t + 1;
  }
  return 0;
}

/** Attack–sustain–release envelope: rises over `attack`, holds until `hold`, falls over `release`. */
function envelope(t: number, attack: number, hold: number, release: number): number {
  if (t < attack) return t / attack;
  if (t < hold) return 1;
  return Math.max(0, 1 - (t - hold) / release);
}

export function kick(sampleRate: number): Float32Array {
  const out = new Float32Array(frames(sampleRate, 0.4));
  const sweepDecay = decayFactor(sampleRate, 0.03);
  const bodyDecay = decayFactor(sampleRate, 0.13);
  let phase = 0;
  let sweep = 1;
  let body = 1;
  for (let i = 0; i < out.length; i += 1) {
    // The pitch sweep from 150 Hz down to 45 Hz is what makes a kick thump rather than ring.
    phase += (TAU * (45 + 105 * sweep)) / sampleRate;
    out[i] = Math.sin(phase) * body;
    sweep *= sweepDecay;
    body *= bodyDecay;
  }
  return out;
}

/** A low drum with a long body: the "boom" of cinematic percussion. */
export function tom(sampleRate: number, hz: number, random: Random): Float32Array {
  const out = new Float32Array(frames(sampleRate, 1.2));
  const bendDecay = decayFactor(sampleRate, 0.05);
  const bodyDecay = decayFactor(sampleRate, 0.35);
  const hitDecay = decayFactor(sampleRate, 0.02);
  let phase = 0;
  let bend = 1;
  let body = 1;
  let hit = 0.15;
  for (let i = 0; i < out.length; i += 1) {
    phase += (TAU * hz * (1 + 0.5 * bend)) / sampleRate;
    out[i] = Math.sin(phase) * body + (random() * 2 - 1) * hit;
    bend *= bendDecay;
    body *= bodyDecay;
    hit *= hitDecay;
  }
  return out;
}

export function snare(sampleRate: number, random: Random, brightness = 1): Float32Array {
  const out = new Float32Array(frames(sampleRate, 0.3));
  const lowpass = onePoleCoefficient(sampleRate, 4_000 + 6_000 * brightness);
  const toneDecay = decayFactor(sampleRate, 0.04);
  const noiseDecay = decayFactor(sampleRate, 0.08);
  let noise = 0;
  let phase = 0;
  let tone = 0.5;
  let rattle = 0.8;
  for (let i = 0; i < out.length; i += 1) {
    phase += (TAU * 185) / sampleRate;
    noise += lowpass * (random() * 2 - 1 - noise);
    out[i] = Math.sin(phase) * tone + noise * rattle;
    tone *= toneDecay;
    rattle *= noiseDecay;
  }
  return out;
}

export function hiHat(sampleRate: number, random: Random, open: boolean): Float32Array {
  const decay = open ? 0.22 : 0.035;
  const out = new Float32Array(frames(sampleRate, decay * 5));
  const factor = decayFactor(sampleRate, decay);
  let level = 0.5;
  let previous = 0;
  for (let i = 0; i < out.length; i += 1) {
    const white = random() * 2 - 1;
    // A first difference is a simple high-pass: what is left is the hiss of a cymbal.
    out[i] = (white - previous) * level;
    previous = white;
    level *= factor;
  }
  return out;
}

export interface ToneOptions {
  durationSec: number;
  attackSec: number;
  releaseSec: number;
}

/** Sine with a little second harmonic, so it is heard on small speakers too. */
export function sineBass(sampleRate: number, hz: number, options: ToneOptions): Float32Array {
  const out = new Float32Array(frames(sampleRate, options.durationSec + options.releaseSec));
  for (let i = 0; i < out.length; i += 1) {
    const t = i / sampleRate;
    const phase = TAU * hz * t;
    out[i] =
      (Math.sin(phase) + 0.25 * Math.sin(2 * phase)) *
      0.8 *
      envelope(t, options.attackSec, options.durationSec, options.releaseSec);
  }
  return out;
}

export interface SawOptions extends ToneOptions {
  cutoffHz: number;
  /** Detuned copies spread ± this many cents: one voice is thin, three are an ensemble. */
  detuneCents: number;
  voices: number;
}

/** Band-limited sawtooths through a two-pole low-pass: strings, pads, synth bass. */
export function sawTone(sampleRate: number, hz: number, options: SawOptions): Float32Array {
  const out = new Float32Array(frames(sampleRate, options.durationSec + options.releaseSec));
  const coefficient = onePoleCoefficient(sampleRate, options.cutoffHz);
  for (let v = 0; v < options.voices; v += 1) {
    const spread = options.voices === 1 ? 0 : (2 * v) / (options.voices - 1) - 1;
    const step = (hz * 2 ** ((spread * options.detuneCents) / 1200)) / sampleRate;
    let phase = (v * 0.37) % 1;
    let first = 0;
    let second = 0;
    for (let i = 0; i < out.length; i += 1) {
      const saw = 2 * phase - 1 - polyBlep(phase, step);
      phase += step;
      if (phase >= 1) phase -= 1;
      first += coefficient * (saw - first);
      second += coefficient * (first - second);
      out[i]! += second / options.voices;
    }
  }
  for (let i = 0; i < out.length; i += 1) {
    out[i]! *= envelope(i / sampleRate, options.attackSec, options.durationSec, options.releaseSec);
  }
  return out;
}

/** Karplus–Strong plucked string: a burst of noise circulating in a delay line that loses its highs. */
export function pluck(sampleRate: number, hz: number, random: Random, decaySec: number): Float32Array {
  const out = new Float32Array(frames(sampleRate, decaySec));
  const period = Math.max(2, Math.round(sampleRate / hz));
  const line = new Float32Array(period);
  for (let i = 0; i < period; i += 1) line[i] = random() * 2 - 1;
  // Loss per round trip so the note falls by 60 dB over decaySec.
  const loss = 10 ** (-3 / (decaySec * (sampleRate / period)));
  for (let i = 0; i < out.length; i += 1) {
    const index = i % period;
    const next = (index + 1) % period;
    out[i] = line[index]!;
    line[index] = 0.5 * (line[index]! + line[next]!) * loss;
  }
  return out;
}

/** A soft bell: a sine and an inharmonic partial that dies faster. */
export function bell(sampleRate: number, hz: number, decaySec: number): Float32Array {
  const out = new Float32Array(frames(sampleRate, decaySec));
  const fundamentalDecay = decayFactor(sampleRate, decaySec / 3);
  const partialDecay = decayFactor(sampleRate, decaySec / 9);
  let fundamental = 1;
  let partial = 0.3;
  for (let i = 0; i < out.length; i += 1) {
    const t = i / sampleRate;
    const attack = Math.min(1, t / 0.004);
    out[i] = attack * (Math.sin(TAU * hz * t) * fundamental + Math.sin(TAU * hz * 2.76 * t) * partial);
    fundamental *= fundamentalDecay;
    partial *= partialDecay;
  }
  return out;
}

export interface ElectricPianoOptions extends ToneOptions {
  /** Slow pitch wobble, as a worn tape: depth in cents. */
  wobbleCents: number;
}

/** Two-operator FM whose brightness fades as the note sustains: the classic electric piano. */
export function electricPiano(sampleRate: number, hz: number, options: ElectricPianoOptions): Float32Array {
  const out = new Float32Array(frames(sampleRate, options.durationSec + options.releaseSec));
  // Carrier and modulator share one frequency (ratio 1:1), so one phase serves both. For a few cents,
  // 2^(cents/1200) is 1 + cents·ln2/1200 to well within a cent, and much cheaper per sample.
  const depth = (options.wobbleCents * Math.LN2) / 1200;
  const levelDecay = decayFactor(sampleRate, 1.8);
  const brightnessDecay = decayFactor(sampleRate, 0.25);
  let phase = 0;
  let level = 1;
  let brightness = 1.4;
  for (let i = 0; i < out.length; i += 1) {
    const t = i / sampleRate;
    phase += (TAU * hz * (1 + depth * Math.sin(TAU * 0.6 * t))) / sampleRate;
    const envelopeLevel = envelope(t, options.attackSec, options.durationSec, options.releaseSec);
    out[i] = Math.sin(phase + (0.3 + brightness) * Math.sin(phase)) * level * envelopeLevel;
    level *= levelDecay;
    brightness *= brightnessDecay;
  }
  return out;
}
