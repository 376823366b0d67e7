export {
  type ExplainerInput,
  type ExplainerOutput,
  type ShortInput,
  type ShortOutput,
  videoExplainerTask,
  videoShortTask,
} from '@contentflow/events';
export { VideoClipConfigError, videoClipGeneratorFromEnv } from './clips/video-clip-generator-config.ts';
export { videoManifest } from './manifest.ts';
export { makeExplainerVideo } from './use-cases/make-explainer-video.ts';
export { makeShortVideo } from './use-cases/make-short-video.ts';
export type { MadeVideo, VideoJob } from './use-cases/video-job.ts';
export { defaultVideoDependencies, type VideoDependencies } from './video-dependencies.ts';
export { createVideoEngine, videoEngine } from './video-engine.ts';
