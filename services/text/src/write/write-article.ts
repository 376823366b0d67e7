import { ARTICLE_LENGTHS, MAX_ARTICLE_LENGTH, type ValidWriteInput, type WriteOutput } from '@contentflow/events';
import type { TextGenerator } from '@contentflow/platform';
import { analyzeText } from '../analyze/analyze-text.ts';
import { keywordIndex, keywordPattern } from '../analyze/seo/keyword-match.ts';
import { generationFieldsOf } from '../copy/generation.ts';
import { copywriterSystem, requestLines } from '../copy/prompt-parts.ts';
import { sourceFactsOf } from '../copy/source-facts.ts';
import { scoresFrom } from '../copy/text-scores.ts';
import { type ArticleDraft, articleDraftSchema } from './article-draft.ts';
import { composeArticle } from './compose-article.ts';
import { conclusionHeading, renderArticle } from './render-article.ts';

/** Tokens per target word, with room for the JSON around the prose. */
const TOKENS_PER_WORD = 2;

function keywordPlacement(draft: ArticleDraft, markdown: string, keywords: readonly string[]): WriteOutput['keywords'] {
  return keywords.map((keyword) => ({
    keyword,
    occurrences: markdown.match(new RegExp(keywordPattern(keyword).source, 'giu'))?.length ?? 0,
    inTitle: keywordIndex(draft.title, keyword) >= 0,
    inIntroduction: keywordIndex(draft.introduction, keyword) >= 0,
  }));
}

/** `text.write`: a blog post, article or newsletter as Markdown, with its outline, keyword placement and scores. */
export async function writeArticle(
  input: ValidWriteInput,
  writer: TextGenerator,
  signal: AbortSignal,
): Promise<WriteOutput> {
  const targetWords = ARTICLE_LENGTHS[input.length];
  const answer = await writer.generate({
    system: copywriterSystem(
      `Write a ${input.format.replace('-', ' ')} of about ${targetWords} words: a specific title, an introduction that ` +
        'states what the reader gets, 2–12 sections under clear headings (paragraphs, and bullets where a list reads ' +
        'better), and a conclusion with a next step. Work the keywords into the title, the introduction and some ' +
        'headings, naturally. Inline Markdown (bold, links) is allowed in paragraphs; no HTML.',
      input.tone,
    ),
    messages: [
      {
        role: 'user',
        content: requestLines({
          topic: input.topic,
          format: input.format,
          audience: input.audience,
          words: targetWords,
          keywords: input.keywords,
        }),
      },
    ],
    schema: articleDraftSchema.refine((draft) => renderArticle(draft, input.format).length <= MAX_ARTICLE_LENGTH, {
      error: `the piece must stay under ${MAX_ARTICLE_LENGTH.toLocaleString('en-US')} characters of Markdown`,
    }),
    schemaName: 'article',
    schemaDescription: 'Title, introduction, sections and conclusion',
    maxTokens: targetWords * TOKENS_PER_WORD + 500,
    signal,
    offline: () => composeArticle(input, sourceFactsOf({ topic: input.topic })),
  });
  const draft = answer.object;
  const markdown = renderArticle(draft, input.format);
  const [keyword] = input.keywords;
  const analysis = analyzeText({
    text: markdown,
    format: 'markdown',
    title: draft.title,
    ...(keyword === undefined ? {} : { keyword }),
  });
  return {
    title: draft.title,
    markdown,
    outline: [
      ...draft.sections.map((section) => ({ level: 2, text: section.heading })),
      { level: 2, text: conclusionHeading(input.format) },
    ],
    wordCount: analysis.counts.words,
    targetWords,
    keywords: keywordPlacement(draft, markdown, input.keywords),
    scores: scoresFrom(analysis),
    seo: { score: analysis.seo.score, suggestions: analysis.seo.suggestions },
    ...generationFieldsOf(answer),
  };
}
