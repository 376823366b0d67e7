import { describe, expect, test } from 'vitest';
import { videoExplainerTask } from './video-explainer.task.ts';
import { videoShortTask } from './video-short.task.ts';

function issuesOf(
  schema: { safeParse(value: unknown): { success: boolean; error?: { issues: { message: string }[] } } },
  value: unknown,
): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : (result.error?.issues.map((issue) => issue.message) ?? []);
}

describe('video.short contract', () => {
  test('its example is valid and gets the defaults', () => {
    const input = videoShortTask.input.parse(videoShortTask.example);
    expect(input).toMatchObject({ lengthSec: 30, style: 'bold', voice: 'en-us-female-1', music: 'upbeat' });
  });

  test.each([0, 600, 45, '30'])('lengthSec %j is refused with the allowed lengths', (lengthSec) => {
    expect(issuesOf(videoShortTask.input, { topic: 'Editing tips', lengthSec })).toEqual([
      'lengthSec must be one of 15, 30, 60 (seconds)',
    ]);
  });

  test('an unknown style, voice or music mood names the choices', () => {
    expect(issuesOf(videoShortTask.input, { topic: 'x', lengthSec: 15, style: 'vaporwave' })).toEqual([
      'style must be one of: bold, clean, cinematic',
    ]);
    expect(issuesOf(videoShortTask.input, { topic: 'x', lengthSec: 15, voice: 'robot' })[0]).toMatch(
      /^voice must be one of: en-us-female-1/,
    );
    expect(issuesOf(videoShortTask.input, { topic: 'x', lengthSec: 15, music: 'polka' })[0]).toMatch(
      /^music must be one of: upbeat, .*none$/,
    );
  });

  test('exactly one of topic and script', () => {
    const script = { hook: 'Hi.', beats: [{ text: 'One.' }], cta: 'Bye.' };
    const message = 'give either a topic or a script, not both and not neither';
    expect(issuesOf(videoShortTask.input, { lengthSec: 15 })).toEqual([message]);
    expect(issuesOf(videoShortTask.input, { topic: 'x', script, lengthSec: 15 })).toEqual([message]);
    expect(issuesOf(videoShortTask.input, { script, lengthSec: 15 })).toEqual([]);
  });

  test('scripts are bounded: beats, lengths, blob keys, unknown fields', () => {
    const beat = { text: 'A beat.' };
    expect(issuesOf(videoShortTask.input, { script: { hook: 'h', beats: [], cta: 'c' }, lengthSec: 15 })).toEqual([
      'a script needs at least one beat',
    ]);
    expect(
      issuesOf(videoShortTask.input, { script: { hook: 'h', beats: Array(9).fill(beat), cta: 'c' }, lengthSec: 60 }),
    ).toEqual(['a script has at most 8 beats']);
    expect(
      issuesOf(videoShortTask.input, { script: { hook: 'h'.repeat(151), beats: [beat], cta: 'c' }, lengthSec: 15 }),
    ).toEqual(['hook must be at most 150 characters long']);
    expect(
      issuesOf(videoShortTask.input, {
        script: { hook: 'h', beats: [{ text: 'b', mediaBlobKey: '../etc/passwd' }], cta: 'c' },
        lengthSec: 15,
      }),
    ).toHaveLength(1);
    expect(issuesOf(videoShortTask.input, { topic: 'x', lengthSec: 15, fps: 60 })).toHaveLength(1);
  });
});

describe('video.explainer contract', () => {
  test('its example is valid; bullets default to none', () => {
    const input = videoExplainerTask.input.parse(videoExplainerTask.example);
    expect(input).toMatchObject({ style: 'clean', music: 'calm' });
    expect(videoExplainerTask.input.parse({ title: 'T', scenes: [{ title: 'S' }] }).scenes[0]?.bullets).toEqual([]);
  });

  test('scenes are bounded in number and in total narration', () => {
    expect(issuesOf(videoExplainerTask.input, { title: 'T', scenes: [] })).toEqual([
      'an explainer needs at least one scene',
    ]);
    const long = { title: 'S', narration: 'word '.repeat(150).trim() };
    expect(issuesOf(videoExplainerTask.input, { title: 'T', scenes: Array(4).fill(long) })).toEqual([
      'the narration (title and scenes) must be at most 2800 characters, about three minutes',
    ]);
  });

  test('the contracts publish JSON Schemas', () => {
    expect(videoShortTask.inputJsonSchema()).toMatchObject({ type: 'object' });
    expect(videoExplainerTask.outputJsonSchema()).toMatchObject({ type: 'object' });
  });
});
