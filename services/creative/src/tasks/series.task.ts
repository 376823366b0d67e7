import { creativeSeriesTask } from '@contentflow/events';
import { implementTask } from '@contentflow/platform';
import { type CreativeEngineDependencies, isoDay } from '../creative-dependencies.ts';
import { storedOutput } from '../generation.ts';
import { suggestionsMetadata } from '../history/suggestion-metadata.ts';
import { planSeries } from '../series/plan-series.ts';

/** `creative.series`: stores the plan as JSON; its part titles and hooks go on the record as history. */
export function seriesTask(dependencies: () => Promise<CreativeEngineDependencies>) {
  return implementTask(creativeSeriesTask, async (input, context) => {
    const { writer, now } = await dependencies();
    const output = await planSeries(input, { writer, tomorrow: isoDay(now(), 1), signal: context.signal });
    const suggestions = output.parts.map(({ title, hook }) => ({ title, hook, format: output.format }));
    return {
      output,
      ...storedOutput('series', output.title, output, {
        ...suggestionsMetadata(suggestions),
        theme: output.theme,
        platform: output.platform,
        cadence: output.cadence,
        schedule: { ...output.schedule },
      }),
    };
  });
}
