import {
  type CaptionsOutput,
  hashtagSchema,
  PLATFORM_LIMITS,
  type SocialPlatform,
  type ValidCaptionsInput,
} from '@contentflow/events';
import type { TextGenerator } from '@contentflow/platform';
import { z } from 'zod';
import { codePoints, fitText } from '../copy/fit-text.ts';
import { generationFieldsOf } from '../copy/generation.ts';
import { copywriterSystem, requestLines, sourceBlock } from '../copy/prompt-parts.ts';
import { applyRegister } from '../copy/register.ts';
import { type SourceFacts, sourceFactsOf } from '../copy/source-facts.ts';
import { scoresOf } from '../copy/text-scores.ts';
import { capitalize } from '../copy/title-case.ts';
import { TONE_GUIDES } from '../copy/tones.ts';
import { toHashtag } from '../hashtags/to-hashtag.ts';
import { DEFAULT_CALLS_TO_ACTION, HOOKS } from './caption-templates.ts';

const TAG_SEPARATOR = '\n\n';

function joinCaption(body: string, hashtags: readonly string[]): string {
  return hashtags.length === 0 ? body : `${body}${TAG_SEPARATOR}${hashtags.join(' ')}`;
}

/** What the model returns: one caption per platform asked, in order, each fitting its platform with its tags. */
function captionsDraftSchema(platforms: readonly SocialPlatform[]) {
  return z.object({
    captions: z
      .array(
        z.object({
          platform: z.enum(platforms),
          text: z.string().trim().min(1),
          hashtags: z.array(hashtagSchema).max(30),
        }),
      )
      .superRefine((captions, ctx) => {
        if (captions.map((caption) => caption.platform).join() !== platforms.join()) {
          ctx.addIssue({
            code: 'custom',
            message: `give one caption per platform, in this order: ${platforms.join(', ')}`,
          });
        }
        captions.forEach((caption, index) => {
          const { caption: limit, maxHashtags } = PLATFORM_LIMITS[caption.platform];
          const length = codePoints(joinCaption(caption.text, caption.hashtags));
          if (length > limit) {
            ctx.addIssue({
              code: 'custom',
              message: `the ${caption.platform} caption is ${length} characters with its hashtags; the limit is ${limit}`,
              path: [index, 'text'],
            });
          }
          if (caption.hashtags.length > maxHashtags) {
            ctx.addIssue({
              code: 'custom',
              message: `${caption.platform} takes at most ${maxHashtags} hashtags`,
              path: [index, 'hashtags'],
            });
          }
        });
      }),
  });
}

/**
 * Offline: hook (by tone, on the leading subject) + the text's most important sentence that fits + call to action,
 * tags from its subjects; the body is cut at a word when it must be, to leave room for the tags within each limit.
 */
function composeCaptions(input: ValidCaptionsInput, facts: SourceFacts) {
  const subject = input.keyword ?? facts.subjects[0] ?? facts.topic;
  const hook = HOOKS[input.tone].replace('{S}', capitalize(subject)).replace('{s}', subject);
  const tags = facts.subjects.flatMap((phrase) => toHashtag(phrase) ?? []);
  return {
    captions: input.platforms.map((platform) => {
      const { caption: limit, defaultHashtags } = PLATFORM_LIMITS[platform];
      const hashtags = input.hashtags ? [...new Set(tags)].slice(0, defaultHashtags) : [];
      const room = limit - (hashtags.length === 0 ? 0 : codePoints(TAG_SEPARATOR + hashtags.join(' ')));
      const cta = input.callToAction ?? DEFAULT_CALLS_TO_ACTION[platform];
      // The most important sentence that fits whole, else the most important, cut.
      const space = room - codePoints(`${hook}\n\n\n\n${cta}`);
      const point = (facts.keySentences.find((sentence) => codePoints(sentence.text) <= space) ?? facts.keySentences[0])
        ?.text;
      const lines = [hook, ...(point ? [point] : []), cta];
      const body = applyRegister(lines.join('\n\n'), TONE_GUIDES[input.tone].register).text;
      return { platform, text: fitText(body, room), hashtags };
    }),
  };
}

/** `text.captions`: one caption per platform within its limit, each scored by the analyzer. */
export async function writeCaptions(
  input: ValidCaptionsInput,
  writer: TextGenerator,
  signal: AbortSignal,
): Promise<CaptionsOutput> {
  const facts = sourceFactsOf(input);
  const limits = input.platforms
    .map((platform) => `${platform} ${PLATFORM_LIMITS[platform].caption} characters`)
    .join('; ');
  const answer = await writer.generate({
    system: copywriterSystem(
      `Write one social post caption per platform: a hook line, the key point, a call to action. Respect each limit, ` +
        `hashtags included (${limits}).${input.hashtags ? '' : ' Use no hashtags.'}`,
      input.tone,
    ),
    messages: [
      {
        role: 'user',
        content: [
          requestLines({
            platforms: input.platforms,
            topic: input.topic,
            keyword: input.keyword,
            callToAction: input.callToAction,
          }),
          ...(input.text ? [sourceBlock(input.text)] : []),
        ].join('\n\n'),
      },
    ],
    schema: captionsDraftSchema(input.platforms),
    schemaName: 'captions',
    schemaDescription: 'One caption per platform',
    maxTokens: 400 * input.platforms.length,
    signal,
    offline: () => composeCaptions(input, facts),
  });
  return {
    captions: answer.object.captions.map(({ platform, text, hashtags }) => {
      const tags = input.hashtags ? hashtags : [];
      const caption = joinCaption(text, tags);
      return {
        platform,
        text: caption,
        characters: codePoints(caption),
        limit: PLATFORM_LIMITS[platform].caption,
        hashtags: tags,
        scores: scoresOf(caption),
      };
    }),
    ...generationFieldsOf(answer),
  };
}
