import { textCaptionsTask } from '@contentflow/events';
import { OfflineTextGenerator } from '@contentflow/platform';
import { expect, test } from 'vitest';
import { writeCaptions } from '../captions/write-captions.ts';

const ARTICLE = [
  '# How to plan a week of posts',
  '',
  'Planning ahead turns posting from a chore into a habit.',
  '',
  '## Pick your pillars',
  '',
  '- Define each pillar in one plain sentence.',
  '- Name the problem each pillar solves for your audience.',
  '',
  'Batch your writing on **Monday** and schedule the rest of the week in [one sitting](https://example.com).',
].join('\n');

/** Markdown syntax a post must never show: list bullets, heading hashes, emphasis stars, link brackets. */
const MARKDOWN_SYNTAX = /(^|\s)[-*] |(^|\s)#{1,6} |\*\*|\]\(/;

const signal = new AbortController().signal;
const writer = new OfflineTextGenerator();

test('captions from a Markdown article carry its sentences, not its syntax', async () => {
  const markdown = await writeCaptions(
    textCaptionsTask.input.parse({ text: ARTICLE, format: 'markdown', platforms: ['linkedin', 'x'], hashtags: false }),
    writer,
    signal,
  );
  for (const caption of markdown.captions) expect(caption.text).not.toMatch(MARKDOWN_SYNTAX);
  // Read as plain text, the same source leaks its syntax: the option is what makes the difference.
  const plain = await writeCaptions(
    textCaptionsTask.input.parse({ text: ARTICLE, platforms: ['linkedin', 'x'], hashtags: false }),
    writer,
    signal,
  );
  expect(plain.captions.some((caption) => MARKDOWN_SYNTAX.test(caption.text))).toBe(true);
});
