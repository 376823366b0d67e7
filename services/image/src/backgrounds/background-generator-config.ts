import { z } from 'zod';
import type { BackgroundGenerator } from './background-generator.port.ts';

/** Amazon Nova Canvas, the Bedrock model for text-to-image. */
const DEFAULT_MODEL = 'amazon.nova-canvas-v1:0';

const configSchema = z.object({
  CONTENTFLOW_IMAGE_PROVIDER: z
    .enum(['offline', 'bedrock'], { error: 'CONTENTFLOW_IMAGE_PROVIDER must be "offline" or "bedrock"' })
    .default('offline'),
  CONTENTFLOW_BEDROCK_IMAGE_MODEL: z.string().min(1).default(DEFAULT_MODEL),
});

/**
 * The background generator the configuration asks for: none offline (templates draw procedural backgrounds),
 * Amazon Nova Canvas with `CONTENTFLOW_IMAGE_PROVIDER=bedrock` (model from `CONTENTFLOW_BEDROCK_IMAGE_MODEL`,
 * region and credentials from the usual AWS variables). The AWS SDK is loaded only then.
 */
export async function backgroundGeneratorFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): Promise<BackgroundGenerator | undefined> {
  const config = configSchema.parse({
    CONTENTFLOW_IMAGE_PROVIDER: env['CONTENTFLOW_IMAGE_PROVIDER'] || undefined,
    CONTENTFLOW_BEDROCK_IMAGE_MODEL: env['CONTENTFLOW_BEDROCK_IMAGE_MODEL'] || undefined,
  });
  if (config.CONTENTFLOW_IMAGE_PROVIDER === 'offline') return undefined;
  const [{ BedrockRuntimeClient }, { BedrockNovaCanvas }] = await Promise.all([
    import('@aws-sdk/client-bedrock-runtime'),
    import('./bedrock-nova-canvas.ts'),
  ]);
  // Retries are the generator's own, so they can stop when the job is cancelled.
  const client = new BedrockRuntimeClient({ maxAttempts: 1 });
  return new BedrockNovaCanvas({ client, modelId: config.CONTENTFLOW_BEDROCK_IMAGE_MODEL });
}
