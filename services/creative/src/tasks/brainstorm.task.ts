import { creativeBrainstormTask } from '@contentflow/events';
import { implementTask } from '@contentflow/platform';
import { brainstormIdea } from '../brainstorm/brainstorm-idea.ts';
import type { CreativeEngineDependencies } from '../creative-dependencies.ts';
import { storedOutput } from '../generation.ts';
import { suggestionsMetadata } from '../history/suggestion-metadata.ts';

/** `creative.brainstorm`: stores the variants as JSON; their pitches go on the record as history. */
export function brainstormTask(dependencies: () => Promise<CreativeEngineDependencies>) {
  return implementTask(creativeBrainstormTask, async (input, context) => {
    const { writer } = await dependencies();
    const output = await brainstormIdea(input, { writer, signal: context.signal });
    const suggestions = output.variants.map(({ title, angle, hook, format }) => ({ title, angle, hook, format }));
    return {
      output,
      ...storedOutput('brainstorm', `Variants: ${output.idea.title}`, output, {
        ...suggestionsMetadata(suggestions),
        idea: { ...output.idea },
      }),
    };
  });
}
