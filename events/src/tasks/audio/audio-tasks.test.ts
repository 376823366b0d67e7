import { describe, expect, test } from 'vitest';
import { TASK_CATALOG } from '../task-catalog.ts';
import { captionsFileSchema } from './audio-captions.ts';
import { audioMixTask } from './audio-mix.task.ts';
import { audioMusicTask } from './audio-music.task.ts';
import { audioNarrationTask } from './audio-narration.task.ts';
import { audioVoiceoverTask } from './audio-voiceover.task.ts';

const AUDIO_TASKS = [audioVoiceoverTask, audioNarrationTask, audioMusicTask, audioMixTask];

function issues(
  schema: { safeParse(value: unknown): { success: boolean; error?: { issues: { message: string }[] } } },
  value: unknown,
) {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error!.issues.map((issue) => issue.message);
}

describe('audio task contracts', () => {
  test('are in the catalog, and each example is valid input with JSON Schemas for both sides', () => {
    for (const task of AUDIO_TASKS) {
      expect(TASK_CATALOG).toContain(task);
      expect(task.input.safeParse(task.example).success).toBe(true);
      expect(task.inputJsonSchema()).toMatchObject({ type: 'object' });
      expect(task.outputJsonSchema()).toMatchObject({ type: 'object' });
    }
  });

  test('speech: defaults fill voice, speed and format', () => {
    expect(audioVoiceoverTask.input.parse({ text: '  Hello there.  ' })).toEqual({
      text: 'Hello there.',
      voice: 'en-us-female-1',
      speed: 1,
      format: 'mp3',
    });
  });

  test('speech: empty, too long, unknown voice, bad speed and format are refused with clear messages', () => {
    const input = audioVoiceoverTask.input;
    expect(issues(input, { text: '   ' })).toEqual(['text must not be empty or whitespace only']);
    expect(issues(input, { text: '!!! ???' })).toEqual(['text must contain at least one letter or digit to speak']);
    expect(issues(input, { text: 'a'.repeat(1_501) })).toEqual(['text must be at most 1,500 characters long']);
    expect(issues(audioNarrationTask.input, { text: 'a'.repeat(9_001) })).toEqual([
      'text must be at most 9,000 characters long',
    ]);
    expect(issues(input, { text: 'Hi', voice: 'Joanna' })).toEqual([
      'voice must be one of: en-us-female-1, en-us-male-1, en-us-male-2, en-gb-male-1',
    ]);
    expect(issues(input, { text: 'Hi', speed: 3 })).toEqual(['speed must be at most 2']);
    expect(issues(input, { text: 'Hi', format: 'flac' })).toEqual(['format must be one of: wav, mp3']);
  });

  test('music: 0 s and over 10 minutes are refused; 1 s and exactly 10 minutes are fine', () => {
    const input = audioMusicTask.input;
    expect(issues(input, { durationSec: 0 })).toEqual(['durationSec must be at least 1 second']);
    expect(issues(input, { durationSec: 601 })).toEqual(['durationSec must be at most 600 seconds (10 minutes)']);
    expect(issues(input, {})).toEqual(['durationSec must be a number of seconds']);
    expect(input.parse({ durationSec: 1 })).toMatchObject({ mood: 'upbeat', fadeOutSec: 2, format: 'mp3' });
    expect(input.safeParse({ durationSec: 600 }).success).toBe(true);
    expect(issues(input, { durationSec: 30, mood: 'sad' })).toEqual([
      'mood must be one of: upbeat, calm, dramatic, lofi',
    ]);
    expect(issues(input, { durationSec: 30, bpm: 200 })).toEqual(['bpm must be at most 180']);
  });

  test('mix: needs a narration key of safe characters, and music by key or by style, not both', () => {
    const input = audioMixTask.input;
    expect(issues(input, { narrationBlobKey: '../etc/passwd' })).toHaveLength(1);
    expect(issues(input, { narrationBlobKey: 't/a.mp3', musicBlobKey: 't/b.mp3', music: { mood: 'calm' } })).toEqual([
      'give either musicBlobKey or music, not both',
    ]);
    expect(issues(input, { narrationBlobKey: 't/a.mp3', duckDb: 0 })).toEqual(['duckDb must be at least 3']);
    expect(input.parse({ narrationBlobKey: 't/a.mp3' })).toEqual({
      narrationBlobKey: 't/a.mp3',
      duckDb: 12,
      format: 'mp3',
    });
  });

  test('captions must be in order and must not overlap', () => {
    const file = (captions: unknown) => ({ audioFile: 'voiceover.mp3', durationSec: 3, captions });
    expect(
      captionsFileSchema.safeParse(
        file([
          { text: 'One idea.', startSec: 0.1, endSec: 1 },
          { text: 'Many posts.', startSec: 1.2, endSec: 2.5 },
        ]),
      ).success,
    ).toBe(true);
    expect(issues(captionsFileSchema, file([{ text: 'Late', startSec: 2, endSec: 1 }]))).toEqual([
      'a caption must not end before it starts',
    ]);
    expect(
      issues(
        captionsFileSchema,
        file([
          { text: 'One', startSec: 0, endSec: 1.5 },
          { text: 'Two', startSec: 1, endSec: 2 },
        ]),
      ),
    ).toEqual(['captions must be in order and must not overlap']);
  });
});
