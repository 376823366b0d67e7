import { creativeIdeasTask } from '@contentflow/events';
import { implementTask } from '@contentflow/platform';
import { type CreativeEngineDependencies, isoDay } from '../creative-dependencies.ts';
import { storedOutput } from '../generation.ts';
import { suggestionsMetadata } from '../history/suggestion-metadata.ts';
import { suggestIdeas } from '../ideas/suggest-ideas.ts';

/** `creative.ideas`: stores the ideas as JSON, and each idea's pitch on the record for the next request's history. */
export function ideasTask(dependencies: () => Promise<CreativeEngineDependencies>) {
  return implementTask(creativeIdeasTask, async (input, context) => {
    const { writer, history, now } = await dependencies();
    const output = await suggestIdeas(input, {
      writer,
      history,
      tenantId: context.tenantId,
      today: isoDay(now()),
      signal: context.signal,
    });
    const suggestions = output.ideas.map(({ title, angle, hook, format }) => ({ title, angle, hook, format }));
    return {
      output,
      ...storedOutput('ideas', `${output.ideas.length} ideas: ${input.niche}`, output, {
        ...suggestionsMetadata(suggestions),
        niche: input.niche,
        ...output.history,
        performance: output.history.performance.map((entry) => ({ ...entry })),
      }),
    };
  });
}
