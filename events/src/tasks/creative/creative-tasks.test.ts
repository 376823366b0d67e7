import { describe, expect, test } from 'vitest';
import type { TaskContract } from '../define-task.ts';
import { TASK_CATALOG } from '../task-catalog.ts';
import { SOCIAL_PLATFORMS } from '../text/text-platforms.ts';
import { creativeBrainstormTask } from './creative-brainstorm.task.ts';
import {
  FORMAT_PLATFORMS,
  formatsOf,
  IDEA_FORMATS,
  ideaSchema,
  postsFormat,
  SIGNATURE_FORMATS,
} from './creative-fields.ts';
import { creativeIdeasTask } from './creative-ideas.task.ts';
import { creativeSeriesTask } from './creative-series.task.ts';

const CREATIVE_TASKS: readonly TaskContract[] = [creativeIdeasTask, creativeSeriesTask, creativeBrainstormTask];

function messages(contract: TaskContract, input: unknown): string[] {
  return (
    contract.input.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? []
  );
}

describe.each(CREATIVE_TASKS.map((contract) => [contract.key, contract] as const))('%s', (_key, contract) => {
  test('is in the catalog, and its example is valid', () => {
    expect(TASK_CATALOG).toContain(contract);
    expect(messages(contract, contract.example)).toEqual([]);
  });

  test('its input and output have JSON Schemas for the API', () => {
    expect(contract.inputJsonSchema()).toMatchObject({ type: 'object' });
    expect(contract.outputJsonSchema()).toMatchObject({ type: 'object' });
  });

  test('refuses unknown fields, so a typo is an error rather than a silent default', () => {
    expect(messages(contract, { ...(contract.example as object), cuont: 3 })).toEqual([': Unrecognized key: "cuont"']);
  });
});

test('every platform posts at least one format, its signature format among them', () => {
  expect(SOCIAL_PLATFORMS.filter((platform) => formatsOf(platform).length === 0)).toEqual([]);
  expect(Object.keys(FORMAT_PLATFORMS)).toEqual([...IDEA_FORMATS]);
  expect(SOCIAL_PLATFORMS.filter((platform) => !postsFormat(platform, SIGNATURE_FORMATS[platform]))).toEqual([]);
});

describe('creative.ideas input', () => {
  const valid = { niche: 'tea', audience: 'students', platforms: ['tiktok'], goals: ['followers'] };

  test('count defaults to 5 and is bounded 1–20', () => {
    expect(creativeIdeasTask.input.parse(valid)).toMatchObject({ count: 5 });
    expect(messages(creativeIdeasTask, { ...valid, count: 0 })).toEqual(['count: count must be at least 1']);
    expect(messages(creativeIdeasTask, { ...valid, count: 21 })).toEqual(['count: count must be at most 20']);
    expect(messages(creativeIdeasTask, { ...valid, count: 2.5 })).toEqual(['count: count must be a whole number']);
  });

  test('an empty niche, an unknown platform, goal or format: each named with the choices', () => {
    expect(
      messages(creativeIdeasTask, {
        ...valid,
        niche: '  ',
        platforms: ['myspace'],
        goals: ['fame'],
        formats: ['reel'],
      }),
    ).toEqual([
      'niche: niche must not be empty or whitespace only',
      'platforms.0: platform must be one of x, threads, instagram, tiktok, linkedin, facebook, youtube, pinterest',
      'goals.0: goal must be one of awareness, engagement, followers, traffic, leads, sales, community, authority',
      'formats.0: format must be one of short, carousel, thread, long-form',
    ]);
  });

  test('at least one platform and goal, each once', () => {
    expect(messages(creativeIdeasTask, { ...valid, platforms: [], goals: ['sales', 'sales'] })).toEqual([
      'platforms: name at least one platform',
      'goals: each goal at most once',
    ]);
  });

  test('the formats asked for must be posted on one of the platforms', () => {
    expect(messages(creativeIdeasTask, { ...valid, platforms: ['threads'], formats: ['short', 'long-form'] })).toEqual([
      'formats: none of the formats short, long-form is posted on threads',
    ]);
  });

  test('a date is a calendar day', () => {
    expect(messages(creativeIdeasTask, { ...valid, date: '2026-02-30' })).toEqual(['date: a date is YYYY-MM-DD']);
  });
});

test('an idea must go out where its format is posted', () => {
  const idea = {
    title: 'T',
    angle: 'A',
    hook: 'H',
    format: 'thread',
    platform: 'youtube',
    goal: 'traffic',
    whyNow: 'W',
  };
  expect(ideaSchema.safeParse(idea).error?.issues.map((issue) => issue.message)).toEqual([
    'youtube does not post thread; it posts short, long-form',
  ]);
});

describe('creative.series input', () => {
  const valid = { theme: 'tea', parts: 4, cadence: 'weekly', platform: 'x' };

  test('parts 3–12, a known cadence', () => {
    expect(messages(creativeSeriesTask, { ...valid, parts: 2, cadence: 'hourly' })).toEqual([
      'parts: parts must be at least 3',
      'cadence: cadence must be one of daily, every-other-day, twice-weekly, weekly, biweekly, monthly',
    ]);
    expect(messages(creativeSeriesTask, { ...valid, parts: 13 })).toEqual(['parts: parts must be at most 12']);
  });

  test('the format must be one the platform posts, and subtopics fit between the opening and the recap', () => {
    expect(messages(creativeSeriesTask, { ...valid, format: 'carousel', subtopics: ['a', 'b', 'c'] })).toEqual([
      'format: x does not post carousel; it posts short, thread',
      'subtopics: 4 parts take at most 2 subtopics: the first part opens, the last recaps',
    ]);
  });
});

describe('creative.brainstorm input', () => {
  test('the idea needs an angle', () => {
    expect(messages(creativeBrainstormTask, { idea: { title: 'Espresso' } })).toEqual([
      'idea.angle: idea.angle must be a string',
    ]);
  });

  test('an idea from creative.ideas fits, whyNow left out', () => {
    const idea = { title: 'T', angle: 'A', hook: 'H', format: 'carousel', platform: 'instagram', goal: 'sales' };
    expect(messages(creativeBrainstormTask, { idea })).toEqual([]);
  });

  test('count 1–20, known changes, each once', () => {
    expect(messages(creativeBrainstormTask, { idea: { angle: 'tea' }, count: 30, changes: ['tone', 'hook'] })).toEqual([
      'count: count must be at most 20',
      'changes.0: a change is one of angle, format, hook',
    ]);
  });
});
