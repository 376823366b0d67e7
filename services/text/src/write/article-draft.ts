import { MAX_ARTICLE_TITLE_LENGTH } from '@contentflow/events';
import { z } from 'zod';

export const MAX_HEADING_LENGTH = 120;
export const MAX_BULLET_LENGTH = 400;
const paragraph = z.string().trim().min(1).max(4_000);

/** The structure a piece is written in, by a model or the templates; rendering to Markdown is ours. */
export const articleDraftSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1)
    .max(MAX_ARTICLE_TITLE_LENGTH)
    .refine((title) => /[\p{L}\p{N}]/u.test(title), 'the title needs a letter or digit'),
  introduction: paragraph,
  sections: z
    .array(
      z
        .object({
          heading: z.string().trim().min(1).max(MAX_HEADING_LENGTH),
          paragraphs: z.array(paragraph).max(12),
          bullets: z.array(z.string().trim().min(1).max(MAX_BULLET_LENGTH)).max(12),
        })
        .refine(
          (section) => section.paragraphs.length + section.bullets.length > 0,
          'a section needs a paragraph or a bullet',
        ),
    )
    .min(2, 'write at least 2 sections')
    .max(12, 'write at most 12 sections'),
  conclusion: paragraph,
});

export type ArticleDraft = z.infer<typeof articleDraftSchema>;
