import { analyzeText } from './analyze-text.ts';
import type { TextAnalyzer } from './text-analyzer.port.ts';

/** On the calling thread: what a Lambda wants, one invocation per sandbox being its unit of parallelism. */
export const inThreadTextAnalyzer: TextAnalyzer = {
  analyze: async (input) => analyzeText(input),
};
