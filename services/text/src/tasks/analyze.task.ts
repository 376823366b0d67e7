import { textAnalyzeTask } from '@contentflow/events';
import { implementTask } from '@contentflow/platform';
import { analyzeText } from '../analyze/analyze-text.ts';

/** `text.analyze` runs offline with wink-nlp and the readability formulas; no model is involved. */
export const analyzeTask = implementTask(textAnalyzeTask, async (input) => ({
  output: analyzeText(input),
  provider: 'offline',
  model: 'wink-nlp',
}));
