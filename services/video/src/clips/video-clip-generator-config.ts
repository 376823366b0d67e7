import { z } from 'zod';
import { parseS3Uri } from './s3-location.ts';
import type { VideoClipGenerator } from './video-clip-generator.port.ts';

/** Amazon Nova Reel 1.1 (us-east-1); 1.0 also runs in eu-west-1 and ap-northeast-1. */
const DEFAULT_MODEL = 'amazon.nova-reel-v1:1';

const PROVIDER_VARIABLE = 'CONTENTFLOW_VIDEO_CLIP_PROVIDER';

const bedrockSchema = z.object({
  CONTENTFLOW_BEDROCK_VIDEO_MODEL: z.string().min(1).default(DEFAULT_MODEL),
  CONTENTFLOW_VIDEO_CLIP_S3_URI: z
    .string({ error: 'CONTENTFLOW_VIDEO_CLIP_S3_URI is required for the bedrock clip provider' })
    .refine((uri) => parseS3Uri(uri) !== undefined, {
      error: 'CONTENTFLOW_VIDEO_CLIP_S3_URI must be an s3://bucket/prefix URI',
    }),
  CONTENTFLOW_BEDROCK_REGION: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'CONTENTFLOW_BEDROCK_REGION must be an AWS region such as us-east-1')
    .optional(),
  CONTENTFLOW_VIDEO_CLIP_MAX_WAIT_SEC: z.coerce
    .number({ error: 'CONTENTFLOW_VIDEO_CLIP_MAX_WAIT_SEC must be a whole number of seconds' })
    .int('CONTENTFLOW_VIDEO_CLIP_MAX_WAIT_SEC must be a whole number of seconds')
    .min(60, 'CONTENTFLOW_VIDEO_CLIP_MAX_WAIT_SEC must be at least 60')
    .max(780, 'CONTENTFLOW_VIDEO_CLIP_MAX_WAIT_SEC must be at most 780 (the Lambda runs 900 s, encoding included)')
    .default(600),
});

/** The variables this reads; empty ones count as unset. */
const VARIABLES = [
  PROVIDER_VARIABLE,
  'CONTENTFLOW_BEDROCK_VIDEO_MODEL',
  'CONTENTFLOW_VIDEO_CLIP_S3_URI',
  'CONTENTFLOW_BEDROCK_REGION',
  'CONTENTFLOW_VIDEO_CLIP_MAX_WAIT_SEC',
] as const;

export class VideoClipConfigError extends Error {
  override name = 'VideoClipConfigError';
}

/**
 * The clip generator the configuration asks for: none offline (the default; scenes are rendered layouts or uploaded
 * pictures moved by the camera), Amazon Nova Reel with `CONTENTFLOW_VIDEO_CLIP_PROVIDER=bedrock` (clips written
 * under `CONTENTFLOW_VIDEO_CLIP_S3_URI`, model from `CONTENTFLOW_BEDROCK_VIDEO_MODEL`, region from
 * `CONTENTFLOW_BEDROCK_REGION` or the usual AWS variables). The AWS SDK is loaded only then.
 * @throws VideoClipConfigError naming the variable at fault
 */
export async function videoClipGeneratorFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): Promise<VideoClipGenerator | undefined> {
  const set = Object.fromEntries(VARIABLES.map((name) => [name, env[name]?.trim() || undefined]));
  const provider = set[PROVIDER_VARIABLE] ?? 'offline';
  if (provider === 'offline') return undefined;
  if (provider !== 'bedrock') {
    throw new VideoClipConfigError(
      `${PROVIDER_VARIABLE} must be "offline" or "bedrock", got ${JSON.stringify(provider)}`,
    );
  }
  const parsed = bedrockSchema.safeParse(set);
  if (!parsed.success) {
    throw new VideoClipConfigError(
      `invalid video clip configuration: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`,
    );
  }
  const config = parsed.data;
  const [{ BedrockRuntimeClient }, { S3Client }, { BedrockNovaReel, DEFAULT_POLLING }] = await Promise.all([
    import('@aws-sdk/client-bedrock-runtime'),
    import('@aws-sdk/client-s3'),
    import('./bedrock-nova-reel.ts'),
  ]);
  const region = config.CONTENTFLOW_BEDROCK_REGION ? { region: config.CONTENTFLOW_BEDROCK_REGION } : {};
  // Retries are the generator's own, so they stop when the job is cancelled.
  return new BedrockNovaReel({
    bedrock: new BedrockRuntimeClient({ ...region, maxAttempts: 1 }),
    s3: new S3Client({ ...region, maxAttempts: 1 }),
    modelId: config.CONTENTFLOW_BEDROCK_VIDEO_MODEL,
    output: parseS3Uri(config.CONTENTFLOW_VIDEO_CLIP_S3_URI)!,
    polling: { ...DEFAULT_POLLING, maxWaitMs: config.CONTENTFLOW_VIDEO_CLIP_MAX_WAIT_SEC * 1000 },
  });
}
