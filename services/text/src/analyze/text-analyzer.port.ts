import type { AnalyzeTextInput, AnalyzeTextOutput } from '@contentflow/events/text-analysis';

/** Runs `text.analyze`'s use case somewhere: on the calling thread, or on a worker thread beside it. */
export interface TextAnalyzer {
  analyze(input: AnalyzeTextInput): Promise<AnalyzeTextOutput>;
}
