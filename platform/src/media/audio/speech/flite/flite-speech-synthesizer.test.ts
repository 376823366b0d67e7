import { AUDIO_VOICES } from '@contentflow/events';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { durationOf } from '../../pcm-audio.ts';
import { isolatedTempDir, rmsDb } from '../../testing/signals.ts';
import { SpeechSynthesisError } from '../speech-synthesizer.port.ts';
import { FliteSpeechSynthesizer } from './flite-speech-synthesizer.ts';

const flite = new FliteSpeechSynthesizer();
const TEXT = 'ContentFlow turns one idea into a week of posts. Creators love it, and so will you!';

let temp: ReturnType<typeof isolatedTempDir>;
beforeEach(() => {
  temp = isolatedTempDir();
});
afterEach(() => temp.restore());

describe('FliteSpeechSynthesizer', { timeout: 60_000 }, () => {
  test.each(AUDIO_VOICES)('voice %s speaks 16 kHz mono audio with captions that cover it in order', async (voice) => {
    const { audio, captions, model } = await flite.synthesize({ text: TEXT, voice, speed: 1 });
    expect(model).toMatch(/^flite-2\.3\/cmu_us_(slt|rms|kal16|awb)$/);
    expect(audio.sampleRate).toBe(16_000);
    expect(audio.channels).toHaveLength(1);
    const duration = durationOf(audio);
    expect(duration).toBeGreaterThan(3);
    expect(captions.map((caption) => caption.text).join(' ')).toBe(TEXT);
    for (const [index, caption] of captions.entries()) {
      expect(caption.endSec).toBeGreaterThan(caption.startSec);
      if (index > 0) expect(caption.startSec).toBeGreaterThanOrEqual(captions[index - 1]!.endSec);
    }
    expect(captions[0]!.startSec).toBeLessThan(0.3);
    expect(captions.at(-1)!.endSec).toBeGreaterThan(duration - 0.6);
    expect(captions.at(-1)!.endSec).toBeLessThanOrEqual(duration);
    expect(temp.leftovers()).toEqual([]);
  });

  test('the captions are where the sound is: speech inside them, silence in the pauses between sentences', async () => {
    const { audio, captions } = await flite.synthesize({
      text: 'One idea. A week of posts. Every day.',
      voice: 'en-us-female-1',
      speed: 1,
    });
    const samples = audio.channels[0]!;
    const frame = (sec: number) => Math.round(sec * audio.sampleRate);
    for (const [index, caption] of captions.entries()) {
      expect(rmsDb(samples, frame(caption.startSec), frame(caption.endSec))).toBeGreaterThan(-40);
      const next = captions[index + 1];
      if (next) expect(rmsDb(samples, frame(caption.endSec), frame(next.startSec))).toBeLessThan(-60);
    }
  });

  test('speed 2 speaks in about half the time of speed 1', async () => {
    const normal = await flite.synthesize({ text: TEXT, voice: 'en-us-male-1', speed: 1 });
    const fast = await flite.synthesize({ text: TEXT, voice: 'en-us-male-1', speed: 2 });
    expect(durationOf(fast.audio) / durationOf(normal.audio)).toBeGreaterThan(0.4);
    expect(durationOf(fast.audio) / durationOf(normal.audio)).toBeLessThan(0.65);
  });

  test('a text that looks like an option or a file name is still spoken', async () => {
    const { captions } = await flite.synthesize({ text: '-voice speech.wav', voice: 'en-us-male-2', speed: 1 });
    expect(captions).toEqual([expect.objectContaining({ text: '-voice speech.wav' })]);
  });

  test('text the English voices cannot pronounce is a clear error', async () => {
    const failure = flite.synthesize({ text: '你好，世界', voice: 'en-us-female-1', speed: 1 });
    await expect(failure).rejects.toThrow(SpeechSynthesisError);
    await expect(failure).rejects.toMatchObject({ code: 'TEXT_UNSPEAKABLE', retryable: false });
  });

  test('an aborted request stops between chunks and leaves no temporary files', async () => {
    const controller = new AbortController();
    const progress: number[] = [];
    const failure = flite.synthesize({
      text: TEXT,
      voice: 'en-us-female-1',
      speed: 1,
      signal: controller.signal,
      onProgress: (fraction) => {
        progress.push(fraction);
        controller.abort(new Error('job cancelled'));
      },
    });
    await expect(failure).rejects.toThrow('job cancelled');
    expect(progress).toHaveLength(1);
    expect(temp.leftovers()).toEqual([]);
  });
});
