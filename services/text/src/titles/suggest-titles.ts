import {
  MAX_GENERATED_TITLE_LENGTH,
  TITLE_STYLES,
  type TitlesOutput,
  type ValidTitlesInput,
} from '@contentflow/events';
import type { TextGenerator } from '@contentflow/platform';
import { z } from 'zod';
import { generationFieldsOf } from '../copy/generation.ts';
import { copywriterSystem, requestLines, sourceBlock } from '../copy/prompt-parts.ts';
import { sourceFactsOf } from '../copy/source-facts.ts';
import { scoreTitle } from './score-title.ts';
import { titleCandidates } from './title-templates.ts';

/** A model offers a few more than asked, so scoring has a choice. */
const EXTRA_CANDIDATES = 3;
/** Bounds a reply; the templates offer up to three subjects × fifteen patterns. */
const MAX_CANDIDATES = 60;

function titlesDraftSchema(count: number) {
  return z.object({
    titles: z
      .array(z.string().trim().min(1).max(MAX_GENERATED_TITLE_LENGTH))
      .min(count, `give at least ${count} titles`)
      .max(MAX_CANDIDATES, `give at most ${MAX_CANDIDATES} titles`),
  });
}

/** `text.titles`: candidates from the model or the templates, each scored by the analyzer, the best `count` kept. */
export async function suggestTitles(
  input: ValidTitlesInput,
  writer: TextGenerator,
  signal: AbortSignal,
): Promise<TitlesOutput> {
  const facts = sourceFactsOf(input);
  const { min, max } = TITLE_STYLES[input.style];
  const answer = await writer.generate({
    system: copywriterSystem(
      `Write title variants for ${input.style === 'seo' ? 'a web page' : input.style === 'youtube' ? 'a YouTube video' : 'a social post'}, ` +
        `each ${min}–${max} characters${input.keyword ? ', the keyword near the start' : ''}, all different in angle.`,
      input.tone,
    ),
    messages: [
      {
        role: 'user',
        content: [
          requestLines({
            count: input.count + EXTRA_CANDIDATES,
            topic: input.topic,
            keyword: input.keyword,
            audience: input.audience,
          }),
          ...(input.text ? [sourceBlock(input.text)] : []),
        ].join('\n\n'),
      },
    ],
    schema: titlesDraftSchema(input.count),
    schemaName: 'titles',
    schemaDescription: 'Title candidates, one per entry',
    maxTokens: 600,
    signal,
    offline: () => ({ titles: titleCandidates(facts, input.style, input.audience) }),
  });
  const seen = new Set<string>();
  const titles = answer.object.titles
    .filter((title) => !seen.has(title.toLowerCase()) && seen.add(title.toLowerCase()))
    .map((title) => scoreTitle(title, input.style, input.keyword))
    // Stable: equal scores keep the order they were offered in.
    .toSorted((a, b) => b.score - a.score)
    .slice(0, input.count);
  return {
    titles,
    style: input.style,
    ...(input.keyword ? { keyword: input.keyword } : {}),
    ...generationFieldsOf(answer),
  };
}
