import { seriesInputSchema } from '@contentflow/events';
import { expect, test } from 'vitest';
import { composeOfflineSeries } from './plan-series.ts';

const series = (input: Record<string, unknown>) =>
  composeOfflineSeries(
    seriesInputSchema.parse({ theme: 'sourdough from scratch', cadence: 'weekly', platform: 'x', ...input }),
  );

test('an opening, the basics before practice, and a recap naming every part', () => {
  const { title, parts } = series({ parts: 5 });
  expect(title).toBe('5 weeks of sourdough from scratch');
  expect(parts.map((part) => part.title)).toEqual([
    'Sourdough from scratch: start here',
    'The basics of sourdough',
    'The core sourdough technique, step by step',
    'Sourdough mistakes to avoid early',
    'Sourdough: putting it all together',
  ]);
  expect(parts[4]!.beats[0]).toBe(
    'Recap: The basics of sourdough; The core sourdough technique, step by step; Sourdough mistakes to avoid early',
  );
  expect(parts[0]!.beats).toContain('The plan: 5 parts, one a week');
});

test('the creator’s subtopics come first, and no filler covers one of them again', () => {
  const { parts } = series({ parts: 6, subtopics: ['common sourdough mistakes', 'shaping'] });
  expect(parts.map((part) => part.title)).toEqual([
    'Sourdough from scratch: start here',
    'Common sourdough mistakes',
    'Shaping',
    'Sourdough in practice: a worked example',
    'Taking sourdough further',
    'Sourdough: putting it all together',
  ]);
});

test('twelve parts use every middle role but the spares, and no two titles match', () => {
  const { parts } = series({ parts: 12 });
  expect(new Set(parts.map((part) => part.title)).size).toBe(12);
});
