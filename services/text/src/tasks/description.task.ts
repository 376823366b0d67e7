import { textDescriptionTask } from '@contentflow/events';
import { implementTask, type TextGenerator } from '@contentflow/platform';
import { storedOutput } from '../copy/generation.ts';
import { writeDescription } from '../description/write-description.ts';

export function descriptionTask(writer: TextGenerator) {
  return implementTask(textDescriptionTask, async (input, context) => {
    const output = await writeDescription(input, writer, context.signal);
    return {
      output,
      ...storedOutput('description', output, { metaDescription: output.metaDescription, scores: output.scores }),
    };
  });
}
