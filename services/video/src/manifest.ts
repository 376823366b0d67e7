import { engineManifest } from '@contentflow/platform';

export const videoManifest = engineManifest({
  engine: 'video',
  description: 'Video Pipeline: short vertical videos and explainers (MP4, H.264/AAC) assembled with ffmpeg.',
  handlerModule: new URL('./handlers/job-requested.handler.ts', import.meta.url),
  // A 60 s short encodes in well under a minute on 2 vCPUs; explainers run up to three minutes of video.
  timeoutSeconds: 900,
  // x264 at 1080×1920 and the scene frames take ~600 MB; 3 GB of Lambda memory also buys 2 vCPUs.
  memoryMb: 3008,
  // One encode saturates both cores of a small machine; a second would only make both slower.
  maxConcurrency: 1,
  // An encode is minutes of CPU: retry a failure twice within the hour, then dead-letter it.
  retryPolicy: { maximumRetryAttempts: 2, maximumEventAgeInSeconds: 3_600 },
});
