import { textTitlesTask } from '@contentflow/events';
import { implementTask, type TextGenerator } from '@contentflow/platform';
import { storedOutput } from '../copy/generation.ts';
import { suggestTitles } from '../titles/suggest-titles.ts';

export function titlesTask(writer: TextGenerator) {
  return implementTask(textTitlesTask, async (input, context) => {
    const output = await suggestTitles(input, writer, context.signal);
    const [best] = output.titles;
    return {
      output,
      ...storedOutput(
        'titles',
        output,
        { titles: output.titles.map(({ title, score }) => ({ title, score })) },
        best ? { title: best.title } : {},
      ),
    };
  });
}
