import { z } from 'zod';
import { keywordSchema, toneSchema, topicSchema } from '../../tasks/text/text-fields.ts';
import { SOCIAL_PLATFORMS, socialPlatformSchema } from '../../tasks/text/text-platforms.ts';
import { ARTICLE_FORMATS, ARTICLE_LENGTHS, type ArticleLength } from '../../tasks/text/text-write.task.ts';
import { defineWorkflow } from './define-workflow.ts';

/** What a creator asks an article package for: the piece, its focus keyword and where to promote it. */
export const articleRequestSchema = z.strictObject({
  topic: topicSchema,
  keyword: keywordSchema
    .optional()
    .describe('Focus keyword: worked into the article, measured by the SEO analysis, used in the social posts.'),
  format: z.enum(ARTICLE_FORMATS).default('blog-post').describe('A blog post, an article or a newsletter issue.'),
  length: z
    .enum(Object.keys(ARTICLE_LENGTHS) as [ArticleLength, ...ArticleLength[]])
    .default('short')
    .describe('About 400, 900 or 1,600 words.'),
  tone: toneSchema.default('friendly'),
  platforms: z
    .array(socialPlatformSchema)
    .min(1, 'name at least one platform')
    .max(SOCIAL_PLATFORMS.length)
    .refine((platforms) => new Set(platforms).size === platforms.length, 'each platform at most once')
    .default(['linkedin', 'x'])
    .describe('Where the article is promoted: one social post per platform.'),
});

export type ArticleRequest = z.input<typeof articleRequestSchema>;

export const articlePackageWorkflow = defineWorkflow({
  name: 'article-package',
  title: 'Article package',
  description:
    'An article as Markdown, its SEO analysis for the focus keyword, a 1280×720 header image with its title, and ' +
    'one social post per platform to promote it.',
  request: articleRequestSchema,
  steps: ['Article', 'SeoAnalysis', 'HeaderImage', 'SocialPosts'],
  example: {
    topic: 'Repurposing one video into a week of posts',
    keyword: 'content repurposing',
    platforms: ['linkedin', 'x', 'threads'],
  },
});
