import { addWithEcho, BEATS_PER_BAR, beatsToSeconds, frameAt, hz, type MoodDefinition } from '../arrangement.ts';
import { bell, hiHat, sawTone, sineBass } from '../instruments.ts';
import { pick } from '../seeded-random.ts';

/** Bell melodies over a bar as [beat, chord note] pairs: mostly quarters, the odd eighth. */
const MELODIES: ReadonlyArray<ReadonlyArray<readonly [number, number]>> = [
  [
    [0, 0],
    [1, 2],
    [2, 3],
    [3, 1],
  ],
  [
    [0, 3],
    [1.5, 2],
    [2, 1],
    [3, 2],
  ],
  [
    [0, 1],
    [1, 3],
    [2.5, 2],
    [3.5, 0],
  ],
];

/** Major seventh chords on a slow, warm pad, whole-note bass, a soft bell melody; a shaker in the second half. */
export const calmMood: MoodDefinition = {
  scale: 'major',
  chordSize: 4,
  progressions: [
    [0, 3, 5, 3],
    [0, 2, 3, 4],
    [3, 0, 5, 4],
  ],
  arrange(arrangement) {
    const { loop, random, chords } = arrangement;
    const rate = loop.sampleRate;
    const melodies = [pick(random, MELODIES), pick(random, MELODIES)];
    chords.forEach((chord, bar) => {
      const barSec = beatsToSeconds(arrangement, BEATS_PER_BAR);
      chord.forEach((note, index) => {
        const padOptions = {
          durationSec: barSec,
          attackSec: 1.2,
          releaseSec: 2,
          cutoffHz: 900,
          detuneCents: 12,
          voices: 3,
        };
        loop.add(sawTone(rate, hz(note + 12), padOptions), frameAt(arrangement, bar, 0), 0.13, index % 2 ? 0.4 : -0.4);
      });
      const bassOptions = { durationSec: barSec, attackSec: 0.08, releaseSec: 0.6 };
      loop.add(sineBass(rate, hz(chord[0]! - 12), bassOptions), frameAt(arrangement, bar, 0), 0.45);
      for (const [beat, step] of melodies[bar % 2]!) {
        const note = chord[step % chord.length]! + 24;
        addWithEcho(arrangement, bell(rate, hz(note), 2.5), frameAt(arrangement, bar, beat), 0.22, -0.1);
      }
      if (bar >= chords.length / 2) {
        for (let eighth = 0; eighth < 2 * BEATS_PER_BAR; eighth += 1) {
          const gain = eighth % 2 === 1 ? 0.07 : 0.04;
          loop.add(hiHat(rate, random, false), frameAt(arrangement, bar, eighth / 2), gain, 0.45);
        }
      }
    });
  },
};
