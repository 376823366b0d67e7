import type { MusicMood } from '@contentflow/events';
import type { PcmAudio } from '../pcm-audio.ts';
import { type Arrangement, BEATS_PER_BAR, type MoodDefinition } from './arrangement.ts';
import { LoopBuffer } from './loop-buffer.ts';
import { calmMood } from './moods/calm.ts';
import { dramaticMood } from './moods/dramatic.ts';
import { lofiMood } from './moods/lofi.ts';
import { upbeatMood } from './moods/upbeat.ts';
import { chordNotes } from './music-theory.ts';
import { pick, seededRandom } from './seeded-random.ts';

const MOODS: Readonly<Record<MusicMood, MoodDefinition>> = {
  upbeat: upbeatMood,
  calm: calmMood,
  dramatic: dramaticMood,
  lofi: lofiMood,
};

/** Eight bars: a four-chord progression played twice, the second time with a varied part. */
export const LOOP_BARS = 8;
/** The key's tonic is one of C3 … B3. */
const LOWEST_TONIC = 48;

export interface LoopRequest {
  mood: MusicMood;
  bpm: number;
  seed: number;
  sampleRate: number;
}

export interface ComposedLoop {
  audio: PcmAudio;
  loopSec: number;
}

/** Composes and renders one seamless loop of a mood: the seed picks the key, the progression and the patterns. */
export function composeLoop(request: LoopRequest): ComposedLoop {
  const mood = MOODS[request.mood];
  const random = seededRandom(request.seed);
  const tonic = LOWEST_TONIC + Math.floor(random() * 12);
  const progression = pick(random, mood.progressions);
  const beatFrames = (60 / request.bpm) * request.sampleRate;
  const loop = new LoopBuffer(request.sampleRate, Math.round(LOOP_BARS * BEATS_PER_BAR * beatFrames));
  const chords = Array.from({ length: LOOP_BARS }, (_, bar) =>
    chordNotes(tonic, mood.scale, progression[bar % progression.length]!, mood.chordSize),
  );
  const arrangement: Arrangement = { loop, random, beatFrames, bars: LOOP_BARS, chords };
  mood.arrange(arrangement);
  return { audio: loop.toAudio(), loopSec: loop.frames / request.sampleRate };
}
