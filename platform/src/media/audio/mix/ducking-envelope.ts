import { dbToGain, frameCount, gainToDb, type PcmAudio } from '../pcm-audio.ts';

export interface DuckingOptions {
  /** How far the music drops under speech. */
  duckDb: number;
  /** Time for the full drop; it starts this early, so the music is already down when the first word starts. */
  attackSec?: number;
  /** Time for the full return once speech stops. */
  releaseSec?: number;
  /** Gaps shorter than this (between words, after a comma) keep the music down instead of pumping. */
  holdSec?: number;
}

/** Speech analysis window: long enough to average a pitch period, short enough to follow syllables. */
const WINDOW_SEC = 0.01;
/** A window counts as speech within this many dB of the loudest window… */
const SPEECH_RANGE_DB = 35;
/** …and above this absolute floor, so a silent file never counts as speech. */
const SPEECH_FLOOR_DBFS = -60;

/**
 * The music's gain over time for a narration, as a sidechain compressor with look-ahead would set it: down by
 * `duckDb` while someone speaks, back up after a pause. Working offline, it looks ahead for free: the drop is
 * scheduled to end when speech begins. Returns one linear gain per narration frame.
 */
export function duckingEnvelope(narration: PcmAudio, options: DuckingOptions): Float32Array {
  const attackSec = options.attackSec ?? 0.08;
  const releaseSec = options.releaseSec ?? 0.45;
  const holdSec = options.holdSec ?? 0.3;
  const frames = frameCount(narration);
  const windowFrames = Math.max(1, Math.round(WINDOW_SEC * narration.sampleRate));
  const windows = Math.ceil(frames / windowFrames);

  const levels = new Float64Array(windows);
  for (let w = 0; w < windows; w += 1) {
    let sum = 0;
    const end = Math.min(frames, (w + 1) * windowFrames);
    for (const channel of narration.channels) for (let i = w * windowFrames; i < end; i += 1) sum += channel[i]! ** 2;
    levels[w] = gainToDb(Math.sqrt(sum / ((end - w * windowFrames) * narration.channels.length)));
  }
  const loudest = levels.reduce((max, level) => Math.max(max, level), Number.NEGATIVE_INFINITY);
  const threshold = Math.max(SPEECH_FLOOR_DBFS, loudest - SPEECH_RANGE_DB);

  // Target per window: ducked from `attack` before speech until `hold` after it.
  const lead = Math.round(attackSec / WINDOW_SEC);
  const hold = Math.round(holdSec / WINDOW_SEC);
  const ducked = new Uint8Array(windows);
  for (let w = 0; w < windows; w += 1) {
    if (levels[w]! <= threshold) continue;
    ducked.fill(1, Math.max(0, w - lead), Math.min(windows, w + hold + 1));
  }
  // Linear ramps in dB: falling at duckDb per attack, rising at duckDb per release.
  const fall = (options.duckDb * WINDOW_SEC) / attackSec;
  const rise = (options.duckDb * WINDOW_SEC) / releaseSec;
  const gainDb = new Float64Array(windows);
  let current = 0;
  for (let w = 0; w < windows; w += 1) {
    const target = ducked[w] ? -options.duckDb : 0;
    current = target < current ? Math.max(target, current - fall) : Math.min(target, current + rise);
    gainDb[w] = current;
  }

  const envelope = new Float32Array(frames);
  for (let i = 0; i < frames; i += 1) {
    // Interpolate between window centres so the gain changes smoothly sample by sample.
    const position = Math.max(0, Math.min(windows - 1, i / windowFrames - 0.5));
    const w = Math.floor(position);
    const next = Math.min(windows - 1, w + 1);
    envelope[i] = dbToGain(gainDb[w]! + (gainDb[next]! - gainDb[w]!) * (position - w));
  }
  return envelope;
}
