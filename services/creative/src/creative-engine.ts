import { type EngineDefinition, platformAdapters } from '@contentflow/platform';
import { textGeneratorFromEnv } from '@contentflow/platform/models';
import type { CreativeEngineDependencies } from './creative-dependencies.ts';
import { RepositoryContentHistory } from './history/repository-content-history.ts';
import { brainstormTask } from './tasks/brainstorm.task.ts';
import { ideasTask } from './tasks/ideas.task.ts';
import { seriesTask } from './tasks/series.task.ts';

/** The creative engine over the given dependencies, resolved on the first job (importing it opens nothing). */
export function createCreativeEngine(dependencies: () => Promise<CreativeEngineDependencies>): EngineDefinition {
  let resolved: Promise<CreativeEngineDependencies> | undefined;
  const once = () => {
    resolved ??= dependencies();
    return resolved;
  };
  return { engine: 'creative', tasks: [ideasTask(once), seriesTask(once), brainstormTask(once)] };
}

/** Read when the module loads, so a bad CONTENTFLOW_TEXT_PROVIDER setting stops the process at start. */
const writer = textGeneratorFromEnv();

/** The engine as deployed: the configured text provider, and the tenant history in the platform's repositories. */
export const creativeEngine: EngineDefinition = createCreativeEngine(async () => {
  const { repositories } = await platformAdapters();
  return { writer, history: new RepositoryContentHistory(repositories), now: () => new Date() };
});
