import { textCaptionsTask } from '@contentflow/events';
import { implementTask, type TextGenerator } from '@contentflow/platform';
import { writeCaptions } from '../captions/write-captions.ts';
import { storedOutput } from '../copy/generation.ts';

export function captionsTask(writer: TextGenerator) {
  return implementTask(textCaptionsTask, async (input, context) => {
    const output = await writeCaptions(input, writer, context.signal);
    const summary = {
      captions: output.captions.map(({ platform, characters, limit, scores }) => ({
        platform,
        characters,
        limit,
        scores,
      })),
    };
    return { output, ...storedOutput('captions', output, summary) };
  });
}
