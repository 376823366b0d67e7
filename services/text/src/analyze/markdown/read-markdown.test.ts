import { expect, test } from 'vitest';
import { readMarkdown } from './read-markdown.ts';

const MARKDOWN = [
  '# Cold brew',
  'Steep **coarse** coffee in [cold water](https://example.com/water).',
  '',
  '```js',
  'const ratio = 1 / 8;',
  '```',
  '',
  '## Ratio `1:8`',
  '- One part coffee',
  '- Eight parts water <br>',
].join('\n');

test('syntax, link targets, code blocks and HTML are blanked; prose and line breaks keep their offsets', () => {
  const { source } = readMarkdown(MARKDOWN);
  expect(source).toHaveLength(MARKDOWN.length);
  expect(source.split('\n').map((line) => line.trimEnd())).toEqual([
    '  Cold brew',
    'Steep   coarse   coffee in  cold water                            .',
    '',
    '',
    '',
    '',
    '',
    '   Ratio  1:8',
    '  One part coffee',
    '  Eight parts water',
  ]);
});

test('headings are listed with their level, text and offset', () => {
  expect(readMarkdown(MARKDOWN).headings).toEqual([
    { level: 1, text: 'Cold brew', offset: 0 },
    { level: 2, text: 'Ratio 1:8', offset: MARKDOWN.indexOf('## Ratio') },
  ]);
});

test('every block starts a new sentence, even without a blank line after a heading', () => {
  const { blockStarts } = readMarkdown(MARKDOWN);
  expect(blockStarts).toEqual([
    0,
    MARKDOWN.indexOf('Steep'),
    MARKDOWN.indexOf('## Ratio'),
    MARKDOWN.indexOf('One part'),
    MARKDOWN.indexOf('Eight parts'),
  ]);
});
