import { musicInputSchema, musicOutputSchema } from '@contentflow/events';
import { describe, expect, test } from 'vitest';
import { artifactBytes, inspectBytes, recordingContext } from '../test-support/audio-test-support.ts';
import { renderMusic } from './render-music.ts';

describe('renderMusic', { timeout: 60_000 }, () => {
  test('WAV: stereo 44.1 kHz of the requested length at −16 LUFS', async () => {
    const { context, reported } = recordingContext();
    const result = await renderMusic(musicInputSchema.parse({ mood: 'calm', durationSec: 5, format: 'wav' }), context);
    const output = musicOutputSchema.parse(result.output);
    expect(output).toMatchObject({ provider: 'offline', mood: 'calm', bpm: 76, seed: 1, audioFile: 'music.wav' });
    const report = await inspectBytes(artifactBytes(result.artifacts![0]), 'music.wav');
    expect(report).toMatchObject({ codec: 'pcm_s16le', sampleRate: 44_100, channels: 2 });
    expect(report.durationSec).toBeCloseTo(5, 2);
    expect(Math.abs(report.integratedLufs + 16)).toBeLessThanOrEqual(1);
    expect(report.samplePeakDbfs).toBeLessThanOrEqual(-0.9);
    expect(reported).toEqual([5, 60]);
  });

  test('MP3 at the requested tempo and seed', async () => {
    const { context } = recordingContext();
    const input = musicInputSchema.parse({ mood: 'lofi', bpm: 90, seed: 42, durationSec: 6 });
    const result = await renderMusic(input, context);
    expect(result.output).toMatchObject({ bpm: 90, seed: 42, format: 'mp3', loopSec: 21.333 });
    const report = await inspectBytes(artifactBytes(result.artifacts![0]), 'music.mp3');
    expect(report).toMatchObject({ codec: 'mp3', sampleRate: 44_100, channels: 2 });
    expect(Math.abs(report.durationSec - 6)).toBeLessThan(0.1);
    expect(Math.abs(report.integratedLufs + 16)).toBeLessThanOrEqual(1);
  });
});
