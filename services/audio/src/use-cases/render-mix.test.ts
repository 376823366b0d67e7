import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mixInputSchema, mixOutputSchema, speechInputSchema } from '@contentflow/events';
import { LocalBlobStore, TaskError } from '@contentflow/platform';
import { encodeAudio, FliteSpeechSynthesizer, generateMusicBed } from '@contentflow/platform/audio';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mixTask } from '../tasks/mix.task.ts';
import { artifactBytes, inspectBytes, recordingContext } from '../test-support/audio-test-support.ts';
import { renderMix } from './render-mix.ts';
import { renderSpeech } from './render-speech.ts';

let dataDir: string;
let blobs: LocalBlobStore;
let narrationSec: number;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cf-mix-'));
  blobs = new LocalBlobStore({ dataDir, baseUrl: 'http://localhost' });
  const speech = await renderSpeech(
    speechInputSchema(1_500).parse({ text: 'Meet ContentFlow. One idea, a week of posts.' }),
    'voiceover',
    new FliteSpeechSynthesizer(),
    recordingContext().context,
  );
  narrationSec = speech.output.durationSec;
  await blobs.put('tenant-a/voiceover.mp3', artifactBytes(speech.artifacts![0]), { contentType: 'audio/mpeg' });
  const bed = generateMusicBed({ mood: 'dramatic', durationSec: 3 });
  await blobs.put('tenant-a/bed.wav', (await encodeAudio(bed.audio, 'wav')).bytes, { contentType: 'audio/wav' });
  await blobs.put('tenant-a/not-audio.mp3', Buffer.from('definitely not audio'), { contentType: 'audio/mpeg' });
  await blobs.put('tenant-b/voiceover.mp3', artifactBytes(speech.artifacts![0]), { contentType: 'audio/mpeg' });
}, 60_000);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('renderMix', { timeout: 60_000 }, () => {
  test('over a generated bed: 1 s intro, the narration, a 2 s tail, at −16 LUFS', async () => {
    const { context } = recordingContext('tenant-a');
    const input = mixInputSchema.parse({ narrationBlobKey: 'tenant-a/voiceover.mp3', music: { mood: 'lofi' } });
    const result = await renderMix(input, blobs, context);
    const output = mixOutputSchema.parse(result.output);
    expect(output).toMatchObject({
      provider: 'offline',
      narrationOffsetSec: 1,
      duckDb: 12,
      sampleRate: 44_100,
      channels: 2,
    });
    expect(output.music).toMatchObject({ source: 'generated', mood: 'lofi', bpm: 80 });
    expect(output.narrationDurationSec).toBeCloseTo(narrationSec, 1);
    const report = await inspectBytes(artifactBytes(result.artifacts![0]), 'mix.mp3');
    expect(report).toMatchObject({ codec: 'mp3', sampleRate: 44_100, channels: 2 });
    expect(Math.abs(report.durationSec - (1 + output.narrationDurationSec + 2))).toBeLessThan(0.1);
    expect(Math.abs(report.integratedLufs + 16)).toBeLessThanOrEqual(1);
  });

  test('over music of the tenant’s own, looped to length', async () => {
    const { context } = recordingContext('tenant-a');
    const input = mixInputSchema.parse({
      narrationBlobKey: 'tenant-a/voiceover.mp3',
      musicBlobKey: 'tenant-a/bed.wav',
      duckDb: 18,
      format: 'wav',
    });
    const result = await renderMix(input, blobs, context);
    expect(result.output.music).toEqual({ source: 'blob', blobKey: 'tenant-a/bed.wav' });
    const report = await inspectBytes(artifactBytes(result.artifacts![0]), 'mix.wav');
    expect(report.durationSec).toBeCloseTo(result.output.durationSec, 2);
    expect(Math.abs(report.integratedLufs + 16)).toBeLessThanOrEqual(1);
  });

  test('another tenant’s key, a missing blob and a file that is not audio are clear task errors', async () => {
    const task = mixTask(blobs);
    const run = (narrationBlobKey: string) =>
      task.run(mixInputSchema.parse({ narrationBlobKey }), recordingContext('tenant-a').context);
    await expect(run('tenant-b/voiceover.mp3')).rejects.toMatchObject({ code: 'BLOB_FORBIDDEN', retryable: false });
    await expect(run('tenant-a/nothing-here.mp3')).rejects.toMatchObject({ code: 'BLOB_NOT_FOUND' });
    const undecodable = run('tenant-a/not-audio.mp3');
    await expect(undecodable).rejects.toThrow(TaskError);
    await expect(undecodable).rejects.toMatchObject({ code: 'AUDIO_UNDECODABLE' });
  });
});
