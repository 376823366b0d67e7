import { textRewriteTask } from '@contentflow/events';
import { implementTask, type TextGenerator } from '@contentflow/platform';
import { storedOutput } from '../copy/generation.ts';
import { rewriteText } from '../rewrite/rewrite-text.ts';

export function rewriteTask(writer: TextGenerator) {
  return implementTask(textRewriteTask, async (input, context) => {
    await context.progress(5, 'rewriting');
    const output = await rewriteText(input, writer, context.signal);
    const { before, after, targetGrade } = output;
    return { output, ...storedOutput('rewrite', output, { before, after, ...(targetGrade ? { targetGrade } : {}) }) };
  });
}
