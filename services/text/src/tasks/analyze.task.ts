import { textAnalyzeTask } from '@contentflow/events';
import { implementTask } from '@contentflow/platform';
import type { TextAnalyzer } from '../analyze/text-analyzer.port.ts';

/** `text.analyze` runs offline with wink-nlp and the readability formulas; no model is involved. */
export function analyzeTask(analyzer: TextAnalyzer) {
  return implementTask(textAnalyzeTask, async (input) => ({
    output: await analyzer.analyze(input),
    provider: 'offline',
    model: 'wink-nlp',
  }));
}
