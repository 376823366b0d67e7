import type { EngineDefinition } from '@contentflow/platform';
import { platformAdapters } from '@contentflow/platform';
import { LayoutRenderer } from '@contentflow/platform/render';
import { backgroundGeneratorFromEnv } from './backgrounds/background-generator-config.ts';
import { graphicTask } from './tasks/graphic.task.ts';
import { posterTask } from './tasks/poster.task.ts';
import { thumbnailTask } from './tasks/thumbnail.task.ts';
import type { ImageEngineDependencies } from './use-cases/image-engine-dependencies.ts';

/** The image engine over the given dependencies, resolved on the first job (importing it opens nothing). */
export function createImageEngine(dependencies: () => Promise<ImageEngineDependencies>): EngineDefinition {
  let resolved: Promise<ImageEngineDependencies> | undefined;
  const once = () => {
    resolved ??= dependencies();
    return resolved;
  };
  return { engine: 'image', tasks: [thumbnailTask(once), posterTask(once), graphicTask(once)] };
}

/** The engine as deployed: the configured blob store and background generator, one renderer per process. */
export const imageEngine = createImageEngine(async () => {
  const [adapters, backgrounds] = await Promise.all([platformAdapters(), backgroundGeneratorFromEnv()]);
  return { blobs: adapters.blobs, renderer: new LayoutRenderer(), ...(backgrounds ? { backgrounds } : {}) };
});
