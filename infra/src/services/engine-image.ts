import { relative, sep } from 'node:path';
import type { HandlerReference } from '@contentflow/platform';
import { IgnoreMode } from 'aws-cdk-lib';
import { Platform } from 'aws-cdk-lib/aws-ecr-assets';
import { DockerImageCode } from 'aws-cdk-lib/aws-lambda';
import { REPO_ROOT } from '../config/repo-paths.ts';
import { dockerignorePatterns } from '../shared/docker-context.ts';
import { ManifestWiringError } from './manifest-wiring-error.ts';

/** One Dockerfile for every engine image: the service is a build argument, ffmpeg a build target. */
export const ENGINE_DOCKERFILE = 'infra/docker/engine.Dockerfile';
const ALL_SERVICE_SOURCES = '!services/*/src';

/** A service whose Lambdas ship as a container image (see engine.Dockerfile for why). */
export interface ServiceImage {
  /** Adds static ffmpeg and ffprobe (`engine-with-ffmpeg` target). */
  ffmpeg: boolean;
  /** Lambda's /tmp for a job's working files, in MiB: 512 by default, at most 10 240. */
  ephemeralStorageMiB?: number;
}

/** The engine image's build context: its ignore file, with every service's sources narrowed to this one's. */
export function engineImageExcludes(service: string): string[] {
  const patterns = dockerignorePatterns(`${ENGINE_DOCKERFILE}.dockerignore`);
  if (!patterns.includes(ALL_SERVICE_SOURCES)) {
    throw new ManifestWiringError(`${ENGINE_DOCKERFILE}.dockerignore no longer lists "${ALL_SERVICE_SOURCES}"`);
  }
  return patterns.map((pattern) => (pattern === ALL_SERVICE_SOURCES ? `!services/${service}/src` : pattern));
}

/** The arm64 image of a service, built by Docker when a deploy publishes it (synth only stages the context). */
export function engineImageCode(service: string, image: ServiceImage): DockerImageCode {
  return DockerImageCode.fromImageAsset(REPO_ROOT, {
    file: ENGINE_DOCKERFILE,
    target: image.ffmpeg ? 'engine-with-ffmpeg' : 'engine',
    buildArgs: { SERVICE: service },
    platform: Platform.LINUX_ARM64,
    exclude: engineImageExcludes(service),
    ignoreMode: IgnoreMode.DOCKER,
  });
}

/**
 * Where the image's handler shim (`lambda-handler.mjs`, at the task root) finds a function's handler. The image
 * holds one service's sources, so a handler elsewhere could never load: that is refused at synth.
 */
export function imageHandlerEnvironment(service: string, handler: HandlerReference): Record<string, string> {
  const modulePath = relative(REPO_ROOT, handler.entry).split(sep).join('/');
  if (!modulePath.startsWith(`services/${service}/src/`)) {
    throw new ManifestWiringError(`${service}: handler ${handler.entry} is outside services/${service}/src`);
  }
  return { CONTENTFLOW_HANDLER_MODULE: modulePath, CONTENTFLOW_HANDLER_EXPORT: handler.exportName };
}
