import { describe, expect, test } from 'vitest';
import { measureLoudness } from '../loudness/measure-loudness.ts';
import { AudioFormatMismatchError, frameCount } from '../pcm-audio.ts';
import { mono, sine, toneLevelDb } from '../testing/signals.ts';
import { mixNarrationOverMusic } from './mix-narration.ts';

const RATE = 44_100;
const MUSIC_HZ = 3_000;
const VOICE_HZ = 300;

/** "Speech" from 1 s to 3 s and from 5 s to 6 s of a 7 s narration; "music" a steady tone at another pitch. */
function narration(): Float32Array {
  const samples = new Float32Array(7 * RATE);
  samples.set(sine(VOICE_HZ, 2, RATE, -10), 1 * RATE);
  samples.set(sine(VOICE_HZ, 1, RATE, -10), 5 * RATE);
  return samples;
}

describe('mixNarrationOverMusic', () => {
  const music = mono(sine(MUSIC_HZ, 4, RATE, -10), RATE);
  const mixed = mixNarrationOverMusic({
    narration: mono(narration(), RATE),
    music,
    duckDb: 12,
    narrationOffsetSec: 1,
    tailSec: 2,
  });
  const left = mixed.audio.channels[0]!;
  const musicDb = (fromSec: number, toSec: number) => toneLevelDb(left, MUSIC_HZ, RATE, fromSec * RATE, toSec * RATE);

  test('lasts offset + narration + tail, looping the shorter music', () => {
    expect(frameCount(mixed.audio)).toBe(10 * RATE);
    expect(musicDb(8, 8.5)).toBeGreaterThan(-60);
  });

  test('the music drops by duckDb under speech and comes back between phrases', () => {
    const underSpeech = musicDb(2.5, 3.5);
    const alone = musicDb(0.2, 1.5);
    const betweenPhrases = musicDb(5, 5.5);
    expect(alone - underSpeech).toBeGreaterThan(11);
    expect(alone - underSpeech).toBeLessThan(13);
    expect(Math.abs(alone - betweenPhrases)).toBeLessThan(1);
  });

  test('the voice is untouched by the ducking: it is as loud relative to the mix as it was put in', () => {
    const voiceDb = toneLevelDb(left, VOICE_HZ, RATE, 2.5 * RATE, 3.5 * RATE);
    expect(voiceDb - musicDb(2.5, 3.5)).toBeGreaterThan(12);
  });

  test('the mix is normalised to −16 LUFS', () => {
    expect(Math.abs(measureLoudness(mixed.audio).integratedLufs + 16)).toBeLessThanOrEqual(0.1);
  });

  test('narration and music of different sample rates are refused', () => {
    expect(() => mixNarrationOverMusic({ narration: mono(narration(), 16_000), music, duckDb: 12 })).toThrow(
      AudioFormatMismatchError,
    );
  });
});
