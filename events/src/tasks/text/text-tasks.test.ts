import { describe, expect, test } from 'vitest';
import type { TaskContract } from '../define-task.ts';
import { TASK_CATALOG } from '../task-catalog.ts';
import { textAnalyzeTask } from './text-analyze.task.ts';
import { textCaptionsTask } from './text-captions.task.ts';
import { textDescriptionTask } from './text-description.task.ts';
import { TONES } from './text-fields.ts';
import { textHashtagsTask } from './text-hashtags.task.ts';
import { textRewriteTask } from './text-rewrite.task.ts';
import { textScriptTask } from './text-script.task.ts';
import { textSummarizeTask } from './text-summarize.task.ts';
import { textTitlesTask } from './text-titles.task.ts';
import { textWriteTask } from './text-write.task.ts';

const TEXT_TASKS: readonly TaskContract[] = [
  textAnalyzeTask,
  textWriteTask,
  textRewriteTask,
  textSummarizeTask,
  textTitlesTask,
  textDescriptionTask,
  textHashtagsTask,
  textCaptionsTask,
  textScriptTask,
];

function messages(contract: TaskContract, input: unknown): string[] {
  return (
    contract.input.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? []
  );
}

describe.each(TEXT_TASKS.map((contract) => [contract.key, contract] as const))('%s', (_key, contract) => {
  test('is in the catalog, and its example is valid', () => {
    expect(TASK_CATALOG).toContain(contract);
    expect(messages(contract, contract.example)).toEqual([]);
  });

  test('its input and output have JSON Schemas for the API', () => {
    expect(contract.inputJsonSchema()).toMatchObject({ type: 'object' });
    expect(contract.outputJsonSchema()).toMatchObject({ type: 'object' });
  });
});

test('an unknown tone names every tone', () => {
  const expected = `tone: tone must be one of ${TONES.join(', ')}`;
  expect(messages(textWriteTask, { topic: 'tea', tone: 'sarcastic' })).toEqual([expected]);
  expect(messages(textScriptTask, { topic: 'tea', lengthSec: 15, tone: 'shouty' })).toEqual([expected]);
});

test('new contracts refuse unknown fields, so a typo is an error rather than a silent default', () => {
  expect(messages(textTitlesTask, { topic: 'tea', tnoe: 'playful' })).toEqual([': Unrecognized key: "tnoe"']);
});

test('copy from a topic or a text: one of them is required', () => {
  expect(messages(textCaptionsTask, { platforms: ['x'] })).toEqual(['topic: give a topic, a text, or both']);
});

test('a lone surrogate in the creator’s words becomes U+FFFD', () => {
  expect(textHashtagsTask.input.parse({ topic: 'caf\uD800 latte' }).topic).toBe('caf\uFFFD latte');
});

test('rewrite needs something to change', () => {
  expect(messages(textRewriteTask, { text: 'Hello there.' })).toEqual([
    'tone: ask for a change: a tone, a targetGrade, or a length other than "same"',
  ]);
});

test('YouTube chapters: at least three, the first at 0:00, in order and ten seconds apart', () => {
  const text = 'A video about bread.';
  expect(messages(textDescriptionTask, { text, timestamps: [{ atSec: 0, label: 'Intro' }] })).toEqual([
    'timestamps: YouTube needs at least 3 chapters',
  ]);
  expect(
    messages(textDescriptionTask, {
      text,
      timestamps: [
        { atSec: 5, label: 'Intro' },
        { atSec: 30, label: 'Dough' },
        { atSec: 35, label: 'Bake' },
      ],
    }),
  ).toEqual([
    'timestamps.0.atSec: the first chapter must start at 0 seconds',
    'timestamps.2.atSec: chapters must start in order, at least 10 seconds apart',
  ]);
});

test('hashtag counts are capped by the platform', () => {
  expect(messages(textHashtagsTask, { topic: 'tea', platform: 'threads', count: 2 })).toEqual([
    'count: count must be at most 1 for threads',
  ]);
});

test('captions name each platform once', () => {
  expect(messages(textCaptionsTask, { topic: 'tea', platforms: ['x', 'x'] })).toEqual([
    'platforms: each platform at most once',
  ]);
});

test('a script length is 15, 30 or 60 seconds', () => {
  expect(messages(textScriptTask, { topic: 'tea', lengthSec: 45 })).toEqual([
    'lengthSec: lengthSec must be one of 15, 30, 60 (seconds)',
  ]);
});
