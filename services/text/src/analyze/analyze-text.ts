import type { AnalyzeTextOutput, FocusKeyword, Heading } from '@contentflow/events/text-analysis';
import { type AnalyzeTextInput, analyzeTextInputSchema } from '@contentflow/events/text-analysis';
import { detectLanguage } from './detect-language.ts';
import { focusKeywordIn } from './focus-keyword.ts';
import { longSentencesOf, sentenceSpansOf } from './long-sentences.ts';
import { readMarkdown } from './markdown/read-markdown.ts';
import { measureText } from './measure-text.ts';
import { namedEntitiesOf } from './named-entities.ts';
import { passiveVoiceOf } from './passive-voice.ts';
import { readTextDocument } from './read-text-document.ts';
import { readabilityOf } from './readability.ts';
import { readingTimeOf } from './reading-time.ts';
import { sentimentOf } from './sentiment.ts';
import { type SeoTitle, seoOf } from './seo/seo-score.ts';
import type { TextDocument } from './text-document.ts';
import { topKeyphrases, topKeywords } from './top-terms.ts';

/** How many keywords and keyphrases a result lists. */
export const TOP_TERMS_LIMIT = 10;
/** How many named entities a result lists. */
export const ENTITIES_LIMIT = 20;

/**
 * The `text.analyze` use case: structure counts, reading time, readability, sentiment, style (passive voice, long
 * sentences), named entities, keywords, a focus keyword's density and placement, Markdown headings, and an SEO
 * score with suggestions. Pure and synchronous; the English models are assumed, and `language` tells when the text
 * is not English.
 *
 * @throws {z.ZodError} when the input breaks `analyzeTextInputSchema`.
 */
export function analyzeText(input: AnalyzeTextInput): AnalyzeTextOutput {
  const { text, keyword, title, metaDescription, format } = analyzeTextInputSchema.parse(input);
  const markdown = format === 'markdown' ? readMarkdown(text) : undefined;
  const doc = readTextDocument(text, markdown);
  const { counts, readability: readabilityCounts } = measureText(doc);
  const readability = readabilityOf(readabilityCounts);
  const focus = keyword === undefined ? undefined : focusKeywordIn(doc, keyword);
  const style = { passiveVoice: passiveVoiceOf(doc), longSentences: longSentencesOf(sentenceSpansOf(doc)) };
  const firstH1 = markdown?.headings.find((heading) => heading.level === 1);
  const seoTitle: SeoTitle | undefined = title
    ? { text: title, source: 'input' }
    : firstH1 && firstH1.text !== ''
      ? { text: firstH1.text, source: 'h1' }
      : undefined;
  return {
    counts,
    readingTime: readingTimeOf(counts.words),
    readability,
    sentiment: sentimentOf(doc.sentenceSentiments),
    keywords: topKeywords(doc, TOP_TERMS_LIMIT),
    keyphrases: topKeyphrases(doc, TOP_TERMS_LIMIT),
    ...(focus === undefined ? {} : { keyword: focus }),
    language: detectLanguage(markdown?.source ?? text),
    style,
    entities: namedEntitiesOf(doc, ENTITIES_LIMIT),
    ...(markdown ? { headings: markdown.headings } : {}),
    seo: seoOf({
      words: counts.words,
      paragraphWords: paragraphWordsOf(doc),
      readability,
      style,
      ...(focus ? { keyword: focus, keywordInIntroduction: inIntroduction(doc, focus, markdown?.headings ?? []) } : {}),
      ...(seoTitle ? { title: seoTitle } : {}),
      ...(metaDescription === undefined ? {} : { metaDescription }),
      ...(markdown
        ? { outline: { headings: markdown.headings, sectionWords: sectionWordsOf(doc, markdown.headings) } }
        : {}),
    }),
  };
}

/** Whether the keyword occurs in the first paragraph that is not a heading (a Markdown title is not the introduction). */
function inIntroduction(doc: TextDocument, keyword: FocusKeyword, headings: readonly Heading[]): boolean {
  const headingLines = headings.map(({ offset }) => ({ start: offset, end: lineEnd(doc.text, offset) }));
  const first = doc.words.find(
    (word) => !headingLines.some(({ start, end }) => word.start >= start && word.start < end),
  );
  return first !== undefined && keyword.positions.some((position) => position.paragraph === first.paragraph);
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

function paragraphWordsOf(doc: TextDocument): number[] {
  const words = new Array<number>(doc.paragraphCount).fill(0);
  for (const word of doc.words) words[word.paragraph]! += 1;
  return words;
}

/** Words before the first heading, then under each heading up to the next. */
function sectionWordsOf(doc: TextDocument, headings: readonly Heading[]): number[] {
  const sections = new Array<number>(headings.length + 1).fill(0);
  let section = 0;
  for (const word of doc.words) {
    while (section < headings.length && headings[section]!.offset <= word.start) section += 1;
    sections[section]! += 1;
  }
  return sections;
}
