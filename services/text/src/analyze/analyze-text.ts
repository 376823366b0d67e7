import type { AnalyzeTextOutput } from '@contentflow/events';
import { type AnalyzeTextInput, analyzeTextInputSchema } from '@contentflow/events';
import { detectLanguage } from './detect-language.ts';
import { focusKeywordIn } from './focus-keyword.ts';
import { measureText } from './measure-text.ts';
import { readTextDocument } from './read-text-document.ts';
import { readabilityOf } from './readability.ts';
import { readingTimeOf } from './reading-time.ts';
import { sentimentOf } from './sentiment.ts';
import { topKeyphrases, topKeywords } from './top-terms.ts';

/** How many keywords and keyphrases a result lists. */
export const TOP_TERMS_LIMIT = 10;

/**
 * The `text.analyze` use case: structure counts, reading time, readability, sentiment, keywords and,
 * when asked, a focus keyword's density and placement. Pure and synchronous; the English models are
 * assumed, and `language` tells when the text is not English.
 *
 * @throws {z.ZodError} when the input breaks `analyzeTextInputSchema`.
 */
export function analyzeText(input: AnalyzeTextInput): AnalyzeTextOutput {
  const { text, keyword } = analyzeTextInputSchema.parse(input);
  const doc = readTextDocument(text);
  const { counts, readability } = measureText(doc);
  return {
    counts,
    readingTime: readingTimeOf(counts.words),
    readability: readabilityOf(readability),
    sentiment: sentimentOf(doc.sentenceSentiments),
    keywords: topKeywords(doc, TOP_TERMS_LIMIT),
    keyphrases: topKeyphrases(doc, TOP_TERMS_LIMIT),
    ...(keyword === undefined ? {} : { keyword: focusKeywordIn(doc, keyword) }),
    language: detectLanguage(text),
  };
}
