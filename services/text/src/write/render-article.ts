import type { ArticleFormat } from '@contentflow/events';
import { inertMarkdown } from '../copy/inert-markdown.ts';
import type { ArticleDraft } from './article-draft.ts';

const CONCLUSION_HEADINGS: Readonly<Record<ArticleFormat, string>> = {
  'blog-post': 'Wrapping Up',
  article: 'Conclusion',
  newsletter: 'Until Next Time',
};

/** The closing section's heading for a format. */
export function conclusionHeading(format: ArticleFormat): string {
  return CONCLUSION_HEADINGS[format];
}

/**
 * The piece as Markdown: H1 title, introduction, (for a newsletter) the contents, a section per H2 with
 * paragraphs then bullets, and the conclusion. Raw HTML in any part is escaped, so the Markdown renders inert.
 */
export function renderArticle(draft: ArticleDraft, format: ArticleFormat): string {
  const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ');
  const parts = [`# ${oneLine(draft.title)}`, draft.introduction];
  if (format === 'newsletter') {
    parts.push(`**In this issue:** ${draft.sections.map((section) => oneLine(section.heading)).join(' · ')}`);
  }
  for (const section of draft.sections) {
    parts.push(`## ${oneLine(section.heading)}`, ...section.paragraphs);
    if (section.bullets.length > 0) parts.push(section.bullets.map((bullet) => `- ${oneLine(bullet)}`).join('\n'));
  }
  parts.push(`## ${conclusionHeading(format)}`, draft.conclusion);
  return inertMarkdown(`${parts.join('\n\n')}\n`);
}
