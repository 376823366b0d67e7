import { z } from 'zod';
import { defineTask } from '../define-task.ts';
import {
  audienceSchema,
  generationFields,
  keywordListSchema,
  textScoresSchema,
  toneSchema,
  topicSchema,
} from './text-fields.ts';

export const ARTICLE_FORMATS = ['blog-post', 'article', 'newsletter'] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

/** Target words per length: a quick post, the usual blog post, a long-form guide. */
export const ARTICLE_LENGTHS = { short: 400, medium: 900, long: 1_600 } as const;
export type ArticleLength = keyof typeof ARTICLE_LENGTHS;

export const MAX_ARTICLE_TITLE_LENGTH = 150;
/** About 7,000 words: well past the longest length asked for, short of a runaway reply. */
export const MAX_ARTICLE_LENGTH = 45_000;

export const writeInputSchema = z.strictObject({
  topic: topicSchema,
  format: z
    .enum(ARTICLE_FORMATS, { error: `format must be one of ${ARTICLE_FORMATS.join(', ')}` })
    .default('blog-post')
    .describe('What to write: a blog post, an article, or a newsletter issue.'),
  audience: audienceSchema.optional(),
  tone: toneSchema.default('friendly'),
  length: z
    .enum(Object.keys(ARTICLE_LENGTHS) as [ArticleLength, ...ArticleLength[]], {
      error: 'length must be one of short, medium, long',
    })
    .default('medium')
    .describe('About 400, 900 or 1,600 words.'),
  keywords: keywordListSchema.default([]),
});

const outlineEntrySchema = z.object({ level: z.int().min(2).max(3), text: z.string().min(1) });

export const writeOutputSchema = z.object({
  title: z.string().min(1).max(MAX_ARTICLE_TITLE_LENGTH),
  markdown: z
    .string()
    .min(1)
    .max(MAX_ARTICLE_LENGTH)
    .describe('The whole piece as Markdown: an H1 title, sections under H2 headings. Raw HTML is escaped.'),
  outline: z.array(outlineEntrySchema).describe('The section headings, in order.'),
  wordCount: z.int().nonnegative(),
  targetWords: z.int().positive(),
  keywords: z
    .array(
      z.object({
        keyword: z.string(),
        occurrences: z.int().nonnegative(),
        inTitle: z.boolean(),
        inIntroduction: z.boolean(),
      }),
    )
    .describe('Where each requested keyword ended up.'),
  scores: textScoresSchema,
  seo: z
    .object({ score: z.int().min(0).max(100), suggestions: z.array(z.string()) })
    .describe('text.analyze’s SEO score of the piece, for its title and first keyword.'),
  ...generationFields,
});

export type WriteInput = z.input<typeof writeInputSchema>;
export type ValidWriteInput = z.output<typeof writeInputSchema>;
export type WriteOutput = z.infer<typeof writeOutputSchema>;

export const textWriteTask = defineTask({
  engine: 'text',
  task: 'write',
  title: 'Write a post, article or newsletter',
  description:
    'A blog post, article or newsletter issue as Markdown from a topic, audience, tone, length and keywords, with ' +
    'its outline, keyword placement, readability and SEO scores. Offline it is a structured draft from templates.',
  input: writeInputSchema,
  output: writeOutputSchema,
  produces: { kind: 'article', mimeType: 'text/markdown' },
  example: {
    topic: 'Repurposing one video into a week of posts',
    format: 'blog-post',
    audience: 'solo creators',
    tone: 'friendly',
    length: 'short',
    keywords: ['content repurposing', 'short-form video'],
  },
});
