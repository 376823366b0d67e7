import { BEATS_PER_BAR, beatsToSeconds, frameAt, hz, type MoodDefinition, swung } from '../arrangement.ts';
import { electricPiano, hiHat, kick, sineBass, snare } from '../instruments.ts';

const SWING = 0.6;
/** The dull top of a worn record. */
const LOWPASS_HZ = 3_800;
/** Vinyl crackle: clicks per second. */
const CRACKLES_PER_SECOND = 6;

/**
 * Jazzy seventh chords on a wobbly electric piano, a lazy swung boom-bap beat, a round sine bass, and the whole
 * loop darkened with a low-pass and sprinkled with vinyl crackle.
 */
export const lofiMood: MoodDefinition = {
  scale: 'major',
  chordSize: 4,
  progressions: [
    [1, 4, 0, 5],
    [0, 5, 1, 4],
    [3, 2, 1, 0],
  ],
  arrange(arrangement) {
    const { loop, random, chords } = arrangement;
    const rate = loop.sampleRate;
    const kickSound = kick(rate);
    chords.forEach((chord, bar) => {
      const kicks = random() < 0.5 ? [0, 2.5] : [0, 1.5, 2.5];
      for (const beat of kicks) loop.add(kickSound, frameAt(arrangement, bar, swung(beat, SWING)), 0.75);
      for (const beat of [1, 3]) loop.add(snare(rate, random, 0.1), frameAt(arrangement, bar, beat), 0.35, 0.1);
      for (let eighth = 0; eighth < 2 * BEATS_PER_BAR; eighth += 1) {
        const gain = (eighth % 2 === 1 ? 0.07 : 0.11) * (0.7 + 0.3 * random());
        loop.add(hiHat(rate, random, false), frameAt(arrangement, bar, swung(eighth / 2, SWING)), gain, 0.35);
      }
      const hits: Array<[number, number]> = [
        [0, 1.5],
        [2.5, 1],
      ];
      for (const [beat, length] of hits) {
        const frame = frameAt(arrangement, bar, swung(beat, SWING));
        const durationSec = beatsToSeconds(arrangement, length);
        loop.add(sineBass(rate, hz(chord[0]! - 12), { durationSec, attackSec: 0.01, releaseSec: 0.1 }), frame, 0.5);
        chord.forEach((note, index) => {
          const keyOptions = { durationSec, attackSec: 0.005, releaseSec: 0.25, wobbleCents: 12 };
          loop.add(electricPiano(rate, hz(note + 12), keyOptions), frame, 0.13, index % 2 ? 0.25 : -0.25);
        });
      }
    });
    loop.lowpass(LOWPASS_HZ);
    const clicks = Math.round((CRACKLES_PER_SECOND * loop.frames) / rate);
    const click = new Float32Array([1, -0.6, 0.3]);
    for (let i = 0; i < clicks; i += 1) {
      loop.add(
        click,
        Math.floor(random() * loop.frames),
        (random() < 0.5 ? -1 : 1) * 0.02 * (1 + 3 * random()),
        random() * 2 - 1,
      );
    }
  },
};
