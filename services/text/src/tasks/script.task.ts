import { textScriptTask } from '@contentflow/events';
import { implementTask, type TextGenerator } from '@contentflow/platform';
import { storedOutput } from '../copy/generation.ts';
import { writeScript } from '../script/write-script.ts';

export function scriptTask(writer: TextGenerator) {
  return implementTask(textScriptTask, async (input, context) => {
    const output = await writeScript(input, writer, context.signal);
    const { lengthSec, estimatedDurationSec, words, scores } = output;
    return {
      output,
      ...storedOutput(
        'script',
        output,
        { lengthSec, estimatedDurationSec, words, scores },
        { title: output.script.hook },
      ),
    };
  });
}
