import type { AnalyzeTextInput, AnalyzeTextOutput } from '@contentflow/events/text-analysis';
import { analyzeText } from './analyze-text.ts';

/**
 * The worker-pool side of `WorkerPoolTextAnalyzer`: one analysis per task. A thrown error crosses to the main
 * thread by structured clone, which keeps a plain Error's message but not a ZodError's (a getter there), so the
 * message is copied onto a plain Error first.
 */
export default function analyzeInWorker(input: AnalyzeTextInput): AnalyzeTextOutput {
  try {
    return analyzeText(input);
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    throw new Error(error.message);
  }
}
