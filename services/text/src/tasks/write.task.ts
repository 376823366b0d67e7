import { textWriteTask } from '@contentflow/events';
import { implementTask, type TextGenerator } from '@contentflow/platform';
import { storedOutput } from '../copy/generation.ts';
import { writeArticle } from '../write/write-article.ts';

/** `text.write` stores the piece itself as Markdown; its scores, outline and provenance go on the content record. */
export function writeTask(writer: TextGenerator) {
  return implementTask(textWriteTask, async (input, context) => {
    await context.progress(5, `writing the ${input.format.replace('-', ' ')}`);
    const output = await writeArticle(input, writer, context.signal);
    const { markdown: _stored, ...summary } = output;
    return {
      output,
      ...storedOutput('article', output, summary, {
        title: output.title,
        body: { fileName: 'article.md', mimeType: 'text/markdown', text: output.markdown },
      }),
    };
  });
}
