import {
  type HASHTAG_SOURCES,
  type HashtagsOutput,
  PLATFORM_LIMITS,
  type ValidHashtagsInput,
} from '@contentflow/events';
import { TaskError, type TextGenerator } from '@contentflow/platform';
import { z } from 'zod';
import { generationFieldsOf } from '../copy/generation.ts';
import { copywriterSystem, requestLines, sourceBlock } from '../copy/prompt-parts.ts';
import { type SourceFacts, sourceFactsOf } from '../copy/source-facts.ts';
import { toHashtag } from './to-hashtag.ts';

type HashtagSource = (typeof HASHTAG_SOURCES)[number];
type Candidate = { phrase: string; source: HashtagSource };

const hashtagsDraftSchema = z.object({
  hashtags: z
    .array(
      z
        .string()
        .trim()
        .min(1)
        .max(100)
        .refine((tag) => /\p{L}/u.test(tag), 'a hashtag needs a letter'),
    )
    .min(1)
    .max(60),
});

/** Offline: tags already in the text, then names, keyphrases, keywords and the topic's words, in that order. */
function candidatesOf(facts: SourceFacts): Candidate[] {
  const { analysis } = facts;
  const candidates: Candidate[] = [
    ...analysis.entities
      .filter(({ type }) => type === 'hashtag')
      .map(({ text }) => ({ phrase: text, source: 'entity' as const })),
    ...analysis.entities
      .filter(({ type }) => type === 'name')
      .map(({ text }) => ({ phrase: text, source: 'entity' as const })),
    ...facts.subjects.map((phrase) => ({ phrase, source: 'keyphrase' as const })),
    ...analysis.keywords.map(({ term }) => ({ phrase: term, source: 'keyword' as const })),
    ...facts.topic.split(/\s+/).map((phrase) => ({ phrase, source: 'topic' as const })),
  ];
  return candidates.filter(({ phrase }) => /\p{L}/u.test(phrase));
}

/** `text.hashtags`: the tags to include, then the best of the rest, within the platform's limit. */
export async function suggestHashtags(
  input: ValidHashtagsInput,
  writer: TextGenerator,
  signal: AbortSignal,
): Promise<HashtagsOutput> {
  const limits = PLATFORM_LIMITS[input.platform];
  const count = input.count ?? limits.defaultHashtags;
  const offlineCandidates = candidatesOf(sourceFactsOf(input));
  const answer = await writer.generate({
    system: copywriterSystem(
      `Suggest ${count} hashtags for ${input.platform}: specific to the content, a mix of niche and broad, no spaces.`,
      'neutral',
    ),
    messages: [
      {
        role: 'user',
        content: [
          requestLines({ count, platform: input.platform, topic: input.topic }),
          ...(input.text ? [sourceBlock(input.text)] : []),
        ].join('\n\n'),
      },
    ],
    schema: hashtagsDraftSchema,
    schemaName: 'hashtags',
    schemaDescription: 'Hashtags, most relevant first',
    maxTokens: 300,
    signal,
    offline: () => {
      if (offlineCandidates.length === 0 && input.include.length === 0) {
        throw new TaskError('NOTHING_TO_TAG', 'the topic and text hold no word with a letter to make a hashtag from');
      }
      const phrases = offlineCandidates.map(({ phrase }) => phrase);
      return { hashtags: phrases.length > 0 ? phrases : [...input.include] };
    },
  });
  // Offline candidates keep the source they came from; a model's are its own.
  const sources = new Map(offlineCandidates.map(({ phrase, source }) => [phrase, source]));
  const candidates: Candidate[] = [
    ...input.include.map((phrase) => ({ phrase, source: 'given' as const })),
    ...answer.object.hashtags.map((phrase) => ({
      phrase,
      source: answer.provider === 'offline' ? (sources.get(phrase) ?? 'keyphrase') : ('model' as const),
    })),
  ];
  const seen = new Set<string>();
  const hashtags: HashtagsOutput['hashtags'] = [];
  for (const { phrase, source } of candidates) {
    const tag = toHashtag(phrase);
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    hashtags.push({ tag, source });
  }
  const chosen = hashtags.slice(0, Math.max(count, input.include.length));
  return {
    platform: input.platform,
    hashtags: chosen,
    text: chosen.map(({ tag }) => tag).join(' '),
    ...generationFieldsOf(answer),
  };
}
