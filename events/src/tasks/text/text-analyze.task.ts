import { defineTask } from '../define-task.ts';
import { analyzeTextInputSchema } from './text-analyze.input.ts';
import { analyzeTextOutputSchema } from './text-analyze.output.ts';

export const textAnalyzeTask = defineTask({
  engine: 'text',
  task: 'analyze',
  title: 'Analyze text',
  description:
    'Counts, reading time, readability (Flesch, Flesch–Kincaid, ARI, Coleman–Liau, SMOG), sentiment, passive voice ' +
    'and long sentences, named entities, top keywords and keyphrases, language, Markdown headings, and an SEO score ' +
    'with concrete suggestions (title and meta description length, keyword density and placement).',
  input: analyzeTextInputSchema,
  output: analyzeTextOutputSchema,
  produces: { kind: 'analysis', mimeType: 'application/json' },
  example: {
    text: 'ContentFlow turns one idea into a week of posts. Creators love how fast it is.',
    keyword: 'ContentFlow',
    title: 'ContentFlow: one idea, a week of posts',
  },
});
