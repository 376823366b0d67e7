import {
  type DescriptionOutput,
  MAX_YOUTUBE_DESCRIPTION_LENGTH,
  META_DESCRIPTION_RANGE,
  type ValidDescriptionInput,
} from '@contentflow/events';
import type { TextGenerator } from '@contentflow/platform';
import { z } from 'zod';
import { keywordIndex } from '../analyze/seo/keyword-match.ts';
import { codePoints, fitText } from '../copy/fit-text.ts';
import { generationFieldsOf } from '../copy/generation.ts';
import { copywriterSystem, requestLines, sourceBlock } from '../copy/prompt-parts.ts';
import { type SourceFacts, sourceFactsOf } from '../copy/source-facts.ts';
import { scoresOf } from '../copy/text-scores.ts';
import { capitalize } from '../copy/title-case.ts';
import { chapterTime } from './chapter-time.ts';

const MAX_SUMMARY_LENGTH = 1_000;
const MAX_KEY_POINTS = 5;
const MAX_KEY_POINT_LENGTH = 200;
/** Search engines show up to about 160; the draft may not run past it. */
const MAX_META_LENGTH = 160;

const descriptionDraftSchema = z.object({
  // The 120-character floor is asked for, not enforced: a two-line source has no more to say.
  metaDescription: z
    .string()
    .trim()
    .min(1)
    .max(MAX_META_LENGTH, `the meta description must have at most ${MAX_META_LENGTH} characters`),
  summary: z.string().trim().min(1).max(MAX_SUMMARY_LENGTH),
  keyPoints: z.array(z.string().trim().min(1).max(MAX_KEY_POINT_LENGTH)).max(MAX_KEY_POINTS),
});
type DescriptionDraft = z.infer<typeof descriptionDraftSchema>;

/**
 * Offline: the meta description is the most important sentence holding the keyword (else the most important), topped
 * up with the next while it is under 120 characters, and led by the keyword when it lacks it; the summary is the two
 * most important sentences in reading order, the key points the next few.
 */
function composeDescription(input: ValidDescriptionInput, facts: SourceFacts): DescriptionDraft {
  const ranked = facts.keySentences.map((sentence) => sentence.text);
  const fallback = fitText(input.text.replace(/\s+/g, ' '), META_DESCRIPTION_RANGE.max);
  const keyword = input.keyword;
  const lead = (keyword && ranked.find((sentence) => keywordIndex(sentence, keyword) >= 0)) ?? ranked[0] ?? fallback;
  let meta = lead;
  for (const next of ranked) {
    if (codePoints(meta) >= META_DESCRIPTION_RANGE.min) break;
    if (next !== lead) meta = `${meta} ${next}`;
  }
  if (keyword && keywordIndex(meta, keyword) < 0) meta = `${capitalize(keyword)}: ${meta}`;
  const bySource = facts.keySentences
    .slice(0, 2)
    .toSorted((a, b) => a.index - b.index)
    .map((sentence) => sentence.text);
  return {
    metaDescription: fitText(meta, META_DESCRIPTION_RANGE.max),
    summary: fitText(bySource.length > 0 ? bySource.join(' ') : fallback, MAX_SUMMARY_LENGTH),
    keyPoints: ranked.slice(2, 2 + MAX_KEY_POINTS).map((sentence) => fitText(sentence, MAX_KEY_POINT_LENGTH)),
  };
}

/** The YouTube description: summary, key points, chapters, links and hashtags, dropping key points to fit. */
function youtubeDescription(input: ValidDescriptionInput, draft: DescriptionDraft): DescriptionOutput['youtube'] {
  const chapters = (input.timestamps ?? []).map(({ atSec, label }) => ({
    time: chapterTime(atSec),
    atSec,
    title: label,
  }));
  const tail = [
    chapters.length > 0 ? `Chapters\n${chapters.map(({ time, title }) => `${time} ${title}`).join('\n')}` : undefined,
    input.links.length > 0 ? `Links\n${input.links.map(({ label, url }) => `${label}: ${url}`).join('\n')}` : undefined,
    input.hashtags.length > 0 ? input.hashtags.join(' ') : undefined,
  ].filter((block) => block !== undefined);
  const compose = (points: readonly string[]): string =>
    [draft.summary, points.length > 0 ? points.map((point) => `• ${point}`).join('\n') : undefined, ...tail]
      .filter((block) => block !== undefined)
      .join('\n\n');
  let points = draft.keyPoints;
  let description = compose(points);
  while (codePoints(description) > MAX_YOUTUBE_DESCRIPTION_LENGTH && points.length > 0) {
    points = points.slice(0, -1);
    description = compose(points);
  }
  description = fitText(description, MAX_YOUTUBE_DESCRIPTION_LENGTH);
  return { description, characters: codePoints(description), chapters };
}

/** `text.description`: an SEO meta description and a YouTube description with chapters. */
export async function writeDescription(
  input: ValidDescriptionInput,
  writer: TextGenerator,
  signal: AbortSignal,
): Promise<DescriptionOutput> {
  const facts = sourceFactsOf(input);
  const { min, max } = META_DESCRIPTION_RANGE;
  const answer = await writer.generate({
    system: copywriterSystem(
      `Write a meta description of ${min}–${max} characters${input.keyword ? ' holding the keyword' : ''}, a summary ` +
        `paragraph for a YouTube description, and up to ${MAX_KEY_POINTS} key points, all from the source.`,
      'neutral',
    ),
    messages: [
      {
        role: 'user',
        content: `${requestLines({ title: input.title, keyword: input.keyword })}\n\n${sourceBlock(input.text)}`,
      },
    ],
    schema: descriptionDraftSchema,
    schemaName: 'description',
    schemaDescription: 'Meta description, summary and key points',
    maxTokens: 700,
    signal,
    offline: () => composeDescription(input, facts),
  });
  const draft = answer.object;
  const youtube = youtubeDescription(input, draft);
  const meta = draft.metaDescription;
  return {
    metaDescription: {
      text: meta,
      characters: codePoints(meta),
      ...(input.keyword ? { containsKeyword: keywordIndex(meta, input.keyword) >= 0 } : {}),
    },
    youtube,
    scores: scoresOf(youtube.description),
    ...generationFieldsOf(answer),
  };
}
