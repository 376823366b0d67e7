export {
  type AnalyzeTextInput,
  type AnalyzeTextOutput,
  analyzeTextInputSchema,
  analyzeTextOutputSchema,
  type FocusKeyword,
  type Keyphrase,
  type Keyword,
  type KeywordPosition,
  MAX_KEYWORD_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_WORD_LENGTH,
  READING_WORDS_PER_MINUTE,
  type Readability,
  type ReadingTime,
  SENTIMENT_LABELS,
  type Sentiment,
  type SentimentLabel,
  type TextCounts,
  type ValidAnalyzeTextInput,
} from '@contentflow/events';
export { analyzeText, TOP_TERMS_LIMIT } from './analyze/analyze-text.ts';
export { NlpOutputError } from './analyze/nlp-output-error.ts';
export { textManifest } from './manifest.ts';
export { textEngine } from './text-engine.ts';
