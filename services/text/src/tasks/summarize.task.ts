import { textSummarizeTask } from '@contentflow/events';
import { implementTask, type TextGenerator } from '@contentflow/platform';
import { storedOutput } from '../copy/generation.ts';
import { summarizeText } from '../summarize/summarize-text.ts';

export function summarizeTask(writer: TextGenerator) {
  return implementTask(textSummarizeTask, async (input, context) => {
    const output = await summarizeText(input, writer, context.signal);
    return { output, ...storedOutput('summary', output, { compression: output.compression, scores: output.scores }) };
  });
}
