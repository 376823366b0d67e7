export type { FfmpegCapabilities } from './ffmpeg-capabilities.ts';
export {
  FfmpegCapabilityError,
  FfmpegNotFoundError,
  type MediaTool,
  MediaToolAbortedError,
  MediaToolError,
  MediaToolExitError,
  MediaToolTimeoutError,
} from './ffmpeg-errors.ts';
export type { FfmpegProgress } from './ffmpeg-progress.ts';
export {
  type FfmpegInstallation,
  type FindFfmpegOptions,
  findFfmpeg,
  type MediaToolLocation,
  requireCapabilities,
} from './find-ffmpeg.ts';
export {
  type AudioStreamInfo,
  type MediaInfo,
  type OtherStreamInfo,
  probeMedia,
  type StreamInfo,
  type VideoStreamInfo,
} from './probe-media.ts';
export { type RunFfmpegOptions, runFfmpeg } from './run-ffmpeg.ts';
export type { MediaToolRun, RunMediaToolOptions } from './run-media-tool.ts';
export { withTempDirectory } from './temp-directory.ts';
