import { MAX_REWRITE_LENGTH, type RewriteOutput, type ValidRewriteInput } from '@contentflow/events';
import type { TextGenerator } from '@contentflow/platform';
import { z } from 'zod';
import { generationFieldsOf } from '../copy/generation.ts';
import { inertMarkdown } from '../copy/inert-markdown.ts';
import { copywriterSystem, requestLines, sourceBlock } from '../copy/prompt-parts.ts';
import { scoresOf } from '../copy/text-scores.ts';
import { rewriteOffline } from './rewrite-offline.ts';

const LENGTH_ASKS = {
  shorter: 'about 60% of its length',
  same: 'about the same length',
  longer: 'about 140% of its length',
};

const rewriteDraftSchema = z.object({
  text: z
    .string()
    .trim()
    .min(1)
    .max(MAX_REWRITE_LENGTH * 2),
  changes: z.array(z.string().trim().min(1).max(300)).min(1).max(100),
});

/** `text.rewrite`: the text in a new tone, length or grade, with what changed and its scores before and after. */
export async function rewriteText(
  input: ValidRewriteInput,
  writer: TextGenerator,
  signal: AbortSignal,
): Promise<RewriteOutput> {
  const asks = [
    input.tone ? `in a ${input.tone} tone` : undefined,
    `at ${LENGTH_ASKS[input.length]}`,
    input.targetGrade === undefined ? undefined : `readable at U.S. school grade ${input.targetGrade} or below`,
  ].filter((ask) => ask !== undefined);
  const answer = await writer.generate({
    system: copywriterSystem(
      `Rewrite the source ${asks.join(', ')}, keeping its meaning and facts${input.format === 'markdown' ? ' and its Markdown structure' : ''}. ` +
        'List the changes you made, one short line each.',
      input.tone ?? 'neutral',
    ),
    messages: [
      {
        role: 'user',
        content: `${requestLines({ tone: input.tone, length: input.length, targetGrade: input.targetGrade })}\n\n${sourceBlock(input.text)}`,
      },
    ],
    schema: rewriteDraftSchema,
    schemaName: 'rewrite',
    schemaDescription: 'The rewritten text and the list of changes',
    maxTokens: 8_000,
    signal,
    offline: () => rewriteOffline(input),
  });
  const text = input.format === 'markdown' ? inertMarkdown(answer.object.text) : answer.object.text;
  const before = scoresOf(input.text, input.format);
  const after = scoresOf(text, input.format);
  return {
    text,
    format: input.format,
    changes: answer.object.changes,
    before,
    after,
    ...(input.targetGrade === undefined
      ? {}
      : {
          targetGrade: {
            target: input.targetGrade,
            before: before.fleschKincaidGrade,
            after: after.fleschKincaidGrade,
            met: after.fleschKincaidGrade !== null && after.fleschKincaidGrade <= input.targetGrade,
          },
        }),
    ...generationFieldsOf(answer),
  };
}
