export type { BackgroundGenerator, BackgroundRequest } from './backgrounds/background-generator.port.ts';
export { backgroundGeneratorFromEnv } from './backgrounds/background-generator-config.ts';
export { BedrockNovaCanvas, type NovaCanvasOptions } from './backgrounds/bedrock-nova-canvas.ts';
export { createImageEngine, imageEngine } from './image-engine.ts';
export { imageManifest } from './manifest.ts';
export type { ImageEngineDependencies } from './use-cases/image-engine-dependencies.ts';
export { MAX_TENANT_IMAGE_BYTES, readTenantImage } from './use-cases/read-tenant-image.ts';
export { type ImageJob, renderImageJob, type Slide } from './use-cases/render-image-job.ts';
