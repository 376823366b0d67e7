import { apiManifest } from '@contentflow/api';
import { audioManifest } from '@contentflow/audio';
import { creativeManifest } from '@contentflow/creative';
import { imageManifest } from '@contentflow/image';
import { orchestratorManifest } from '@contentflow/orchestrator';
import type { ServiceManifest } from '@contentflow/platform';
import { textManifest } from '@contentflow/text';
import { videoManifest } from '@contentflow/video';

/** Every service the local system runs, wired from the same manifests CDK deploys. */
export const SERVICE_MANIFESTS: readonly ServiceManifest[] = [
  apiManifest,
  textManifest,
  imageManifest,
  audioManifest,
  videoManifest,
  creativeManifest,
  orchestratorManifest,
];
