import { addWithEcho, BEATS_PER_BAR, beatsToSeconds, frameAt, hz, type MoodDefinition } from '../arrangement.ts';
import { hiHat, kick, pluck, sawTone, sineBass, snare } from '../instruments.ts';
import { pick } from '../seeded-random.ts';

/** Eighth-note bass lines, as offsets in semitones from the chord root. */
const BASS_LINES = [
  [0, 0, 12, 0, 0, 0, 12, 0],
  [0, 12, 0, 12, 0, 12, 0, 12],
  [0, 0, 0, 7, 0, 0, 12, 7],
];

/** Arpeggio orders over the chord's notes, one per eighth; -1 is a rest. */
const ARPEGGIOS = [
  [0, 1, 2, 1, 0, 1, 2, 3],
  [2, 1, 0, 1, 2, -1, 2, 1],
  [0, 2, 1, 2, 0, 2, 3, 2],
];

/** Major key, four on the floor, eighth-note bass, a plucked arpeggio with a ping-pong echo, a bright pad. */
export const upbeatMood: MoodDefinition = {
  scale: 'major',
  chordSize: 3,
  progressions: [
    [0, 4, 5, 3],
    [5, 3, 0, 4],
    [0, 5, 3, 4],
  ],
  arrange(arrangement) {
    const { loop, random, chords } = arrangement;
    const rate = loop.sampleRate;
    const kickSound = kick(rate);
    const bassLine = pick(random, BASS_LINES);
    const arpeggios = [pick(random, ARPEGGIOS), pick(random, ARPEGGIOS)];
    chords.forEach((chord, bar) => {
      const root = chord[0]! - 12;
      for (let beat = 0; beat < BEATS_PER_BAR; beat += 1) {
        loop.add(kickSound, frameAt(arrangement, bar, beat), 0.9);
        if (beat % 2 === 1) loop.add(snare(rate, random), frameAt(arrangement, bar, beat), 0.45);
      }
      const arpeggio = arpeggios[bar < chords.length / 2 ? 0 : 1]!;
      for (let eighth = 0; eighth < 2 * BEATS_PER_BAR; eighth += 1) {
        const frame = frameAt(arrangement, bar, eighth / 2);
        const open = eighth === 7 && bar % 2 === 1;
        loop.add(hiHat(rate, random, open), frame, eighth % 2 === 1 ? 0.22 : 0.12, 0.3);
        const bassNote = root + bassLine[eighth]!;
        const bassOptions = { durationSec: beatsToSeconds(arrangement, 0.4), attackSec: 0.005, releaseSec: 0.03 };
        loop.add(sineBass(rate, hz(bassNote), bassOptions), frame, 0.5);
        const step = arpeggio[eighth]!;
        if (step >= 0 && random() > 0.15) {
          const note = chord[step % chord.length]! + 12 * (1 + Math.floor(step / chord.length));
          addWithEcho(arrangement, pluck(rate, hz(note), random, 0.6), frame, 0.28, 0.2);
        }
      }
      chord.forEach((note, index) => {
        const padOptions = {
          durationSec: beatsToSeconds(arrangement, BEATS_PER_BAR),
          attackSec: 0.05,
          releaseSec: 0.3,
          cutoffHz: 2_200,
          detuneCents: 10,
          voices: 3,
        };
        loop.add(sawTone(rate, hz(note + 12), padOptions), frameAt(arrangement, bar, 0), 0.1, index % 2 ? 0.35 : -0.35);
      });
    });
  },
};
