import type { ServiceManifest } from '@contentflow/platform';
import type { AiCapability } from './ai-providers.ts';
import type { ServiceImage } from './engine-image.ts';

/** A service as deployed: its manifest (the wiring), and how its code ships and what it may call beyond the platform. */
export interface ServiceDeployment {
  manifest: ServiceManifest;
  /** Ship its Lambdas as a container image; without it, as esbuild bundles. */
  image?: ServiceImage;
  /** The AI services its providers may call, once the deployment configures them; none by default. */
  ai?: readonly AiCapability[];
}
