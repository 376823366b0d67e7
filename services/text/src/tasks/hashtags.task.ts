import { textHashtagsTask } from '@contentflow/events';
import { implementTask, type TextGenerator } from '@contentflow/platform';
import { storedOutput } from '../copy/generation.ts';
import { suggestHashtags } from '../hashtags/suggest-hashtags.ts';

export function hashtagsTask(writer: TextGenerator) {
  return implementTask(textHashtagsTask, async (input, context) => {
    const output = await suggestHashtags(input, writer, context.signal);
    return { output, ...storedOutput('hashtags', output, { platform: output.platform, text: output.text }) };
  });
}
