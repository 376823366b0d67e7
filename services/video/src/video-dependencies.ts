import { platformAdapters } from '@contentflow/platform';
import { type SpeechSynthesizer, speechSynthesizerFromEnv } from '@contentflow/platform/audio';
import { type FfmpegInstallation, findFfmpeg } from '@contentflow/platform/ffmpeg';
import { LayoutRenderer } from '@contentflow/platform/render';
import type { VideoClipGenerator } from './clips/video-clip-generator.port.ts';
import { videoClipGeneratorFromEnv } from './clips/video-clip-generator-config.ts';
import type { MediaStore } from './media/tenant-media.ts';

/** What the video use cases work with: speech, layouts, the tenant's uploads, ffmpeg and a clip model, if any. */
export interface VideoDependencies {
  speech: SpeechSynthesizer;
  layouts: LayoutRenderer;
  media: () => Promise<MediaStore>;
  ffmpeg: () => Promise<FfmpegInstallation>;
  /** Undefined offline: beats show rendered layouts and uploaded pictures, moved by the camera. */
  clips: () => Promise<VideoClipGenerator | undefined>;
}

let shared: VideoDependencies | undefined;
/** Read once: a configuration error fails every job the same way until the process is reconfigured. */
let clipGenerator: Promise<VideoClipGenerator | undefined> | undefined;

/**
 * The process's dependencies, made on first use: the configured speech provider, one layout renderer (it caches
 * fonts and backdrops), the platform's blob store, the ffmpeg found on this machine and the configured clip model.
 */
export function defaultVideoDependencies(): VideoDependencies {
  shared ??= {
    speech: speechSynthesizerFromEnv(),
    layouts: new LayoutRenderer(),
    media: async () => (await platformAdapters()).blobs,
    ffmpeg: () => findFfmpeg(),
    clips: () => {
      clipGenerator ??= videoClipGeneratorFromEnv();
      return clipGenerator;
    },
  };
  return shared;
}
