import { platformAdapters } from '@contentflow/platform';
import { type SpeechSynthesizer, speechSynthesizerFromEnv } from '@contentflow/platform/audio';
import { type FfmpegInstallation, findFfmpeg } from '@contentflow/platform/ffmpeg';
import { LayoutRenderer } from '@contentflow/platform/render';
import type { MediaStore } from './media/tenant-media.ts';

/** What the video use cases work with: speech, layouts, the tenant's uploads and ffmpeg. */
export interface VideoDependencies {
  speech: SpeechSynthesizer;
  layouts: LayoutRenderer;
  media: () => Promise<MediaStore>;
  ffmpeg: () => Promise<FfmpegInstallation>;
}

let shared: VideoDependencies | undefined;

/**
 * The process's dependencies, made on first use: the configured speech provider, one layout renderer (it caches
 * fonts and backdrops), the platform's blob store and the ffmpeg found on this machine.
 */
export function defaultVideoDependencies(): VideoDependencies {
  shared ??= {
    speech: speechSynthesizerFromEnv(),
    layouts: new LayoutRenderer(),
    media: async () => (await platformAdapters()).blobs,
    ffmpeg: () => findFfmpeg(),
  };
  return shared;
}
