import { shortScriptSchema } from '@contentflow/events';
import { describe, expect, test } from 'vitest';
import { headlineOf } from './headline.ts';
import { scriptFromTopic } from './topic-script.ts';

describe('scriptFromTopic', () => {
  test('the same topic gives the same valid script; longer videos get more beats', () => {
    const script = scriptFromTopic('morning routines', 30);
    expect(scriptFromTopic('morning routines', 30)).toEqual(script);
    expect(shortScriptSchema.parse(script)).toEqual(script);
    expect([script.hook, script.cta, ...script.beats.map((beat) => beat.text)].join(' ')).toContain('morning routines');
    expect(scriptFromTopic('morning routines', 15).beats).toHaveLength(1);
    expect(script.beats).toHaveLength(3);
    expect(scriptFromTopic('morning routines', 60).beats).toHaveLength(5);
  });

  test('topics choose different templates, and long topics are cut to a few words', () => {
    const hooks = new Set(
      ['cooking', 'running', 'saving money', 'public speaking', 'sleep'].map((topic) =>
        scriptFromTopic(topic, 30).hook.replace(/cooking|running|saving money|public speaking|sleep/i, ''),
      ),
    );
    expect(hooks.size).toBeGreaterThan(1);
    const long = scriptFromTopic('how to grow a vegetable garden on a tiny city balcony with no experience', 15);
    expect(long.hook).not.toContain('balcony');
    expect(shortScriptSchema.safeParse(long).success).toBe(true);
  });
});

describe('headlineOf', () => {
  test('the first clause, at most six words, without closing punctuation', () => {
    expect(headlineOf('Start small. One tiny step beats a plan.')).toBe('Start small');
    expect(headlineOf('Find someone great at cooking and study what they do.')).toBe(
      'Find someone great at cooking and',
    );
    expect(headlineOf('Here is what nobody tells you about sleep.', 10)).toBe(
      'Here is what nobody tells you about sleep',
    );
  });
});
