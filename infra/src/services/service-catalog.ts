import { apiManifest } from '@contentflow/api';
import { audioManifest } from '@contentflow/audio';
import { creativeManifest } from '@contentflow/creative';
import { imageManifest } from '@contentflow/image';
import { orchestratorManifest } from '@contentflow/orchestrator';
import type { ServiceManifest } from '@contentflow/platform';
import { textManifest } from '@contentflow/text';
import { videoManifest } from '@contentflow/video';
import type { ServiceDeployment } from './service-deployment.ts';

/**
 * Every deployed service, one stack each. A new service is one import and one entry here. The media engines ship
 * as container images (native modules, font and WASM files read at run time, ffmpeg); the rest as esbuild bundles.
 */
export const SERVICES: readonly ServiceDeployment[] = [
  { manifest: apiManifest },
  { manifest: textManifest, ai: ['text-model'] },
  { manifest: creativeManifest, ai: ['text-model'] },
  // Renders happen in memory (satori, resvg, sharp): Lambda's default /tmp is enough.
  { manifest: imageManifest, image: { ffmpeg: false }, ai: ['image-model'] },
  // Ten minutes of stereo float WAV is ~200 MB, written a few times over while mixing and encoding.
  { manifest: audioManifest, image: { ffmpeg: true, ephemeralStorageMiB: 2048 }, ai: ['speech'] },
  // Inputs (frames, narration, music, generated clips), ffmpeg's intermediate files and a three-minute 1080×1920 MP4.
  // It speaks its own narration (per part, for exact caption timings), so it follows the speech provider too.
  { manifest: videoManifest, image: { ffmpeg: true, ephemeralStorageMiB: 4096 }, ai: ['speech', 'video-clip-model'] },
  { manifest: orchestratorManifest },
];

export const SERVICE_MANIFESTS: readonly ServiceManifest[] = SERVICES.map((service) => service.manifest);
