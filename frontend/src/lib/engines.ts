import type { EngineCatalog, TaskDescription } from './api/resources.ts';
import { humanize } from './text/labels.ts';

/** How the site names each engine; an engine added later shows under its id until it is named here. */
const ENGINE_NAMES: Readonly<Record<string, string>> = {
  text: 'Text intelligence',
  image: 'Images',
  audio: 'Audio',
  video: 'Video',
  creative: 'Creative assistant',
  social: 'Social planner',
  analytics: 'Analytics',
};

export function engineName(engine: string): string {
  return ENGINE_NAMES[engine] ?? humanize(engine);
}

/** A task with the engine that runs it. */
export type CatalogTask = TaskDescription & { engine: string };

/** Tasks by their key (`text.analyze`). */
export function tasksByKey(catalog: EngineCatalog): ReadonlyMap<string, CatalogTask> {
  return new Map(
    catalog.engines.flatMap((engine) =>
      engine.tasks.map((task) => [task.key, { ...task, engine: engine.engine }] as const),
    ),
  );
}
