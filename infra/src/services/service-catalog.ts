import { apiManifest } from '@contentflow/api';
import { orchestratorManifest } from '@contentflow/orchestrator';
import type { ServiceManifest } from '@contentflow/platform';
import { textManifest } from '@contentflow/text';

/** Every deployed service, one stack each. A new service is one import and one entry here. */
export const SERVICE_MANIFESTS: readonly ServiceManifest[] = [apiManifest, textManifest, orchestratorManifest];
