import { BEATS_PER_BAR, beatsToSeconds, frameAt, hz, type MoodDefinition } from '../arrangement.ts';
import { kick, pluck, sawTone, snare, tom } from '../instruments.ts';
import { pick } from '../seeded-random.ts';

/** Sixteenth-note ostinato orders over the chord's notes. */
const OSTINATOS = [
  [0, 1, 2, 1],
  [0, 2, 1, 2],
  [2, 1, 0, 1],
];

/**
 * Minor key: cinematic toms, a pulsing low saw, a string pad, and in the second half a plucked sixteenth-note
 * ostinato and a snare roll into the loop point, so the music builds and returns.
 */
export const dramaticMood: MoodDefinition = {
  scale: 'minor',
  chordSize: 3,
  progressions: [
    [0, 5, 2, 6],
    [0, 3, 5, 4],
    [0, 6, 5, 6],
  ],
  arrange(arrangement) {
    const { loop, random, chords } = arrangement;
    const rate = loop.sampleRate;
    const kickSound = kick(rate);
    const ostinato = pick(random, OSTINATOS);
    chords.forEach((chord, bar) => {
      const building = bar >= chords.length / 2;
      loop.add(kickSound, frameAt(arrangement, bar, 0), 0.6);
      loop.add(tom(rate, 55, random), frameAt(arrangement, bar, 0), 0.75);
      loop.add(tom(rate, 55, random), frameAt(arrangement, bar, 2), 0.6);
      if (bar % 2 === 1) loop.add(tom(rate, 82, random), frameAt(arrangement, bar, 3.5), 0.45, 0.3);
      if (bar === chords.length - 1) {
        for (let step = 0; step < 8; step += 1) {
          loop.add(snare(rate, random, 0.3), frameAt(arrangement, bar, 2 + step / 4), 0.12 + 0.04 * step, -0.2);
        }
      }
      const root = chord[0]! - 12;
      for (let eighth = 0; eighth < 2 * BEATS_PER_BAR; eighth += 1) {
        const bassOptions = {
          durationSec: beatsToSeconds(arrangement, 0.4),
          attackSec: 0.004,
          releaseSec: 0.05,
          cutoffHz: 500,
          detuneCents: 6,
          voices: 2,
        };
        loop.add(sawTone(rate, hz(root), bassOptions), frameAt(arrangement, bar, eighth / 2), eighth % 2 ? 0.4 : 0.55);
      }
      chord.forEach((note, index) => {
        const stringOptions = {
          durationSec: beatsToSeconds(arrangement, BEATS_PER_BAR),
          attackSec: 0.5,
          releaseSec: 0.8,
          cutoffHz: 1_600,
          detuneCents: 14,
          voices: 3,
        };
        loop.add(sawTone(rate, hz(note + 12), stringOptions), frameAt(arrangement, bar, 0), 0.13, index - 1);
      });
      if (building) {
        for (let sixteenth = 0; sixteenth < 4 * BEATS_PER_BAR; sixteenth += 1) {
          const note = chord[ostinato[sixteenth % ostinato.length]!]! + 24;
          loop.add(pluck(rate, hz(note), random, 0.25), frameAt(arrangement, bar, sixteenth / 4), 0.16, 0.4);
        }
      }
    });
  },
};
