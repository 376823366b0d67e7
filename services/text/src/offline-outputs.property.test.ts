import {
  PLATFORM_LIMITS,
  SCRIPT_LENGTHS,
  SOCIAL_PLATFORMS,
  type TaskContract,
  TONES,
  textCaptionsTask,
  textDescriptionTask,
  textHashtagsTask,
  textRewriteTask,
  textScriptTask,
  textSummarizeTask,
  textTitlesTask,
  textWriteTask,
} from '@contentflow/events';
import { OfflineTextGenerator, type TextGenerator } from '@contentflow/platform';
import { TOKENIZER_TRAPS } from '@contentflow/platform/test-support';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { textArbitrary } from './analyze/text-test-support.ts';
import { writeCaptions } from './captions/write-captions.ts';
import { writeDescription } from './description/write-description.ts';
import { suggestHashtags } from './hashtags/suggest-hashtags.ts';
import { rewriteText } from './rewrite/rewrite-text.ts';
import { writeScript } from './script/write-script.ts';
import { summarizeText } from './summarize/summarize-text.ts';
import { suggestTitles } from './titles/suggest-titles.ts';
import { writeArticle } from './write/write-article.ts';

/**
 * For any valid input, the offline provider's answer passes the task's output contract: 100 random inputs per task,
 * mixing plain vocabulary with what breaks tokenizers (emoji, scripts without spaces, lone surrogates, markup).
 */
const RUNS = 100;
const offline = new OfflineTextGenerator();
const signal = new AbortController().signal;

const word = fc.constantFrom(
  'coffee',
  'sourdough',
  'video',
  'marketing',
  'creators',
  'growth',
  'budget',
  'Paris',
  'Tuesday',
  'habits',
  'well-known',
  ...TOKENIZER_TRAPS,
);
const phrase = fc
  .tuple(word, fc.array(fc.oneof(word, textArbitrary), { maxLength: 6 }))
  .map(([first, rest]) => [first, ...rest].join(' ').slice(0, 180));
const sentence = fc
  .tuple(fc.array(word, { minLength: 3, maxLength: 25 }), fc.constantFrom('.', '!', '?', '…', ''))
  .map(([words, end]) => `${words.join(' ')}${end}`);
const text = fc
  .tuple(fc.array(sentence, { minLength: 1, maxLength: 8 }), fc.option(textArbitrary, { nil: undefined }))
  .map(([sentences, noise]) => `${sentences.join(' ')}${noise ?? ''}`);
const markdownText = fc
  .tuple(phrase, fc.array(fc.tuple(phrase, text), { minLength: 1, maxLength: 4 }))
  .map(([title, sections]) =>
    [`# ${title}`, ...sections.flatMap(([heading, body]) => [`## ${heading}`, body])].join('\n\n'),
  );
const keyword = phrase.map((value) => value.slice(0, 100));
const line = (max: number) => phrase.map((value) => value.slice(0, max));
const tone = fc.constantFrom(...TONES);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const source = fc.oneof(fc.record({ topic: phrase }), fc.record({ text }), fc.record({ topic: phrase, text }));

function checkEveryOutput<A>(
  contract: TaskContract,
  arbitrary: fc.Arbitrary<A>,
  run: (input: never, writer: TextGenerator, signal: AbortSignal) => Promise<unknown>,
) {
  return fc.assert(
    fc.asyncProperty(arbitrary, async (raw) => {
      const input = contract.input.parse(raw) as never;
      const output = await run(input, offline, signal);
      const checked = contract.output.safeParse(output);
      expect(checked.error?.issues ?? []).toEqual([]);
    }),
    { numRuns: RUNS },
  );
}

describe(`offline outputs satisfy the output contract for ${RUNS} random inputs`, { timeout: 180_000 }, () => {
  test('write', () =>
    checkEveryOutput(
      textWriteTask,
      fc.record({
        topic: phrase,
        format: fc.constantFrom('blog-post', 'article', 'newsletter'),
        audience: optional(phrase),
        tone,
        length: fc.constantFrom('short', 'medium', 'long'),
        keywords: fc.array(keyword, { maxLength: 4 }),
      }),
      writeArticle,
    ));

  test('rewrite', () =>
    checkEveryOutput(
      textRewriteTask,
      fc
        .record({
          text: fc.oneof(text, markdownText),
          format: fc.constantFrom('plain', 'markdown'),
          tone: optional(tone),
          length: fc.constantFrom('shorter', 'same'),
          targetGrade: optional(fc.integer({ min: 1, max: 18 })),
        })
        .map((input) =>
          input.tone || input.targetGrade || input.length !== 'same' ? input : { ...input, tone: 'casual' },
        ),
      rewriteText,
    ));

  test('summarize', () =>
    checkEveryOutput(
      textSummarizeTask,
      fc.record({
        text: fc.oneof(text, markdownText),
        format: fc.constantFrom('plain', 'markdown'),
        length: fc.constantFrom('one-line', 'short', 'medium'),
        style: fc.constantFrom('paragraph', 'bullets'),
      }),
      summarizeText,
    ));

  test('titles', () =>
    checkEveryOutput(
      textTitlesTask,
      fc
        .tuple(
          source,
          fc.record({
            keyword: optional(keyword),
            count: fc.integer({ min: 1, max: 10 }),
            style: fc.constantFrom('seo', 'youtube', 'social'),
            tone,
            audience: optional(phrase),
          }),
        )
        .map(([from, rest]) => ({ ...from, ...rest })),
      suggestTitles,
    ));

  test('description', () =>
    checkEveryOutput(
      textDescriptionTask,
      fc.record({
        text,
        title: optional(line(150)),
        keyword: optional(keyword),
        timestamps: optional(
          fc.array(fc.tuple(fc.integer({ min: 10, max: 900 }), phrase), { minLength: 3, maxLength: 6 }).map((steps) => {
            let at = 0;
            return steps.map(([gap, label], index) => {
              at = index === 0 ? 0 : at + gap;
              return { atSec: at, label: label.slice(0, 100) };
            });
          }),
        ),
        links: fc.array(fc.record({ label: line(60), url: fc.webUrl() }), { maxLength: 3 }),
        hashtags: fc.array(fc.constantFrom('#coffee', '#SourdoughLife', '#東京'), { maxLength: 3 }),
      }),
      writeDescription,
    ));

  test('hashtags', () =>
    checkEveryOutput(
      textHashtagsTask,
      fc
        .tuple(
          source,
          fc.constantFrom(...SOCIAL_PLATFORMS),
          fc.integer({ min: 1, max: 30 }),
          fc.array(line(100), { maxLength: 3 }),
        )
        // A text without a single letter has nothing to tag: that fails with NOTHING_TO_TAG (tested apart).
        .filter(([from, , , include]) => include.length > 0 || /\p{L}/u.test(Object.values(from).join(' ')))
        .map(([from, platform, count, include]) => {
          const limit = PLATFORM_LIMITS[platform].maxHashtags;
          return { ...from, platform, count: Math.min(count, limit), include: include.slice(0, limit) };
        }),
      suggestHashtags,
    ));

  test('captions', () =>
    checkEveryOutput(
      textCaptionsTask,
      fc
        .tuple(
          source,
          fc.uniqueArray(fc.constantFrom(...SOCIAL_PLATFORMS), { minLength: 1, maxLength: 4 }),
          fc.record({ tone, keyword: optional(keyword), callToAction: optional(line(120)), hashtags: fc.boolean() }),
        )
        .map(([from, platforms, rest]) => ({ ...from, platforms, ...rest })),
      writeCaptions,
    ));

  test('script', () =>
    checkEveryOutput(
      textScriptTask,
      fc
        .tuple(
          source,
          fc.record({
            lengthSec: fc.constantFrom(...SCRIPT_LENGTHS),
            tone,
            audience: optional(phrase),
            callToAction: optional(line(120)),
          }),
        )
        .map(([from, rest]) => ({ ...from, ...rest })),
      writeScript,
    ));
});
