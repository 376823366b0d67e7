import { apiManifest } from '@contentflow/api';
import { imageManifest } from '@contentflow/image';
import type { ServiceManifest } from '@contentflow/platform';
import { textManifest } from '@contentflow/text';

/** Every service the local system runs, wired from the same manifests CDK deploys. */
export const SERVICE_MANIFESTS: readonly ServiceManifest[] = [apiManifest, textManifest, imageManifest];
