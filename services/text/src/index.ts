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
export { analyzeText, ENTITIES_LIMIT, TOP_TERMS_LIMIT } from './analyze/analyze-text.ts';
export { NlpOutputError } from './analyze/nlp-output-error.ts';
export { WorkerPoolTextAnalyzer } from './analyze/worker-pool-text-analyzer.ts';
export { writeCaptions } from './captions/write-captions.ts';
export { writeDescription } from './description/write-description.ts';
export { suggestHashtags } from './hashtags/suggest-hashtags.ts';
export { textManifest } from './manifest.ts';
export { rewriteText } from './rewrite/rewrite-text.ts';
export { writeScript } from './script/write-script.ts';
export { summarizeText } from './summarize/summarize-text.ts';
export { createTextEngine, textEngine } from './text-engine.ts';
export { suggestTitles } from './titles/suggest-titles.ts';
export { writeArticle } from './write/write-article.ts';
