import {
  MAX_SUMMARY_SENTENCE_LENGTH,
  SUMMARY_LENGTHS,
  type SummarizeOutput,
  type ValidSummarizeInput,
} from '@contentflow/events';
import type { TextGenerator } from '@contentflow/platform';
import { z } from 'zod';
import { keySentencesOf } from '../analyze/key-sentences.ts';
import { fitText, wordCount } from '../copy/fit-text.ts';
import { generationFieldsOf } from '../copy/generation.ts';
import { copywriterSystem, requestLines, sourceBlock } from '../copy/prompt-parts.ts';
import { scoresOf } from '../copy/text-scores.ts';

function summaryDraftSchema(sentences: number) {
  return z.object({
    sentences: z
      .array(z.string().trim().min(1).max(MAX_SUMMARY_SENTENCE_LENGTH))
      .min(1)
      .max(sentences, `give at most ${sentences} sentence${sentences === 1 ? '' : 's'}`),
  });
}

/**
 * Offline, extractive: the most important sentences (wink-nlp's sentence importance) back in reading order. A text
 * without a full sentence is its own summary, cut to length.
 */
function extract(text: string, format: ValidSummarizeInput['format'], count: number): { sentences: string[] } {
  const chosen = keySentencesOf(text, format)
    .slice(0, count)
    .toSorted((a, b) => a.index - b.index)
    .map((sentence) => fitText(sentence.text, MAX_SUMMARY_SENTENCE_LENGTH));
  return { sentences: chosen.length > 0 ? chosen : [fitText(text.replace(/\s+/g, ' '), MAX_SUMMARY_SENTENCE_LENGTH)] };
}

/** `text.summarize`: a summary of one, three or five sentences, as a paragraph or bullets, with its scores. */
export async function summarizeText(
  input: ValidSummarizeInput,
  writer: TextGenerator,
  signal: AbortSignal,
): Promise<SummarizeOutput> {
  const count = SUMMARY_LENGTHS[input.length];
  const answer = await writer.generate({
    system: copywriterSystem(
      `Summarise the source in at most ${count} sentence${count === 1 ? '' : 's'}: the main point first, no preamble.`,
      'neutral',
    ),
    messages: [
      {
        role: 'user',
        content: `${requestLines({ sentences: count, style: input.style })}\n\n${sourceBlock(input.text)}`,
      },
    ],
    schema: summaryDraftSchema(count),
    schemaName: 'summary',
    schemaDescription: 'The summary, one sentence per entry',
    maxTokens: 200 * count,
    signal,
    offline: () => extract(input.text, input.format, count),
  });
  const { sentences } = answer.object;
  const summary =
    input.style === 'bullets' ? sentences.map((sentence) => `- ${sentence}`).join('\n') : sentences.join(' ');
  const sourceWords = wordCount(input.text);
  return {
    summary,
    sentences,
    style: input.style,
    compression: sourceWords === 0 ? 0 : Math.round((wordCount(summary) / sourceWords) * 1000) / 1000,
    scores: scoresOf(summary, input.style === 'bullets' ? 'markdown' : 'plain'),
    ...generationFieldsOf(answer),
  };
}
