import type { EngineDefinition } from '@contentflow/platform';
import { explainerTask } from './tasks/explainer.task.ts';
import { shortTask } from './tasks/short.task.ts';
import { defaultVideoDependencies, type VideoDependencies } from './video-dependencies.ts';

/** The engine over given dependencies: tests pass their own blob store and ffmpeg. */
export function createVideoEngine(deps: VideoDependencies): EngineDefinition {
  return { engine: 'video', tasks: [shortTask(deps), explainerTask(deps)] };
}

/** Lazy: nothing (speech engine, renderer, adapters) is created until the first job runs. */
export const videoEngine: EngineDefinition = createVideoEngine({
  get speech() {
    return defaultVideoDependencies().speech;
  },
  get layouts() {
    return defaultVideoDependencies().layouts;
  },
  media: () => defaultVideoDependencies().media(),
  ffmpeg: () => defaultVideoDependencies().ffmpeg(),
  clips: () => defaultVideoDependencies().clips(),
});
