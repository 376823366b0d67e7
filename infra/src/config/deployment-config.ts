import { z } from 'zod';

/** What varies between deployments, read from CDK context (`cdk synth -c stage=prod -c alarmEmail=ops@example.com`). */
export interface DeploymentConfig {
  /** Namespaces SSM parameters (`/contentflow/<stage>/…`) and physical names (`contentflow-<stage>-…`). */
  stage: string;
  /**
   * Where every stack goes. Known at synth so the ALB's access-log policy can name the region's log writer; the
   * account stays unresolved, so synth needs no credentials.
   */
  region: string;
  /** Who is subscribed to the alarm topic; without it alarms still fire, nobody is mailed. */
  alarmEmail?: string;
  /** Days before media objects move to Glacier Flexible Retrieval. */
  mediaGlacierAfterDays: number;
  /** An ACM certificate for the load balancer; without it the API listens on plain HTTP (fine for a trial only). */
  apiCertificateArn?: string;
  /** Fargate tasks the API keeps at least; autoscaling adds up to `apiMaxTasks`. */
  apiMinTasks: number;
  apiMaxTasks: number;
  /**
   * The Bedrock model (or cross-region inference profile) the text and creative engines write with, e.g.
   * `us.anthropic.claude-3-5-haiku-20241022-v1:0`; without it they write offline.
   */
  textModelId?: string;
  /** The Bedrock model the image engine paints backgrounds with (`amazon.nova-canvas-v1:0`); without it, templates do. */
  imageModelId?: string;
  /** `polly`: the audio engine speaks with Amazon Polly; `offline` (the default): with Flite, in process. */
  speechProvider: SpeechProvider;
  /**
   * The Amazon Nova Reel model the video engine films a short's beats with (`amazon.nova-reel-v1:1`), writing the
   * clips into the media bucket; without it, beats are rendered layouts moved by the camera.
   */
  videoClipModelId?: string;
}

export const SPEECH_PROVIDERS = ['offline', 'polly'] as const;
export type SpeechProvider = (typeof SPEECH_PROVIDERS)[number];

export class DeploymentConfigError extends Error {
  override name = 'DeploymentConfigError';
}

/** CDK passes `-c key=value` as strings, so numbers are coerced. */
/** `provider.model-v1:0`, optionally behind an inference profile's geography (`us.`, `eu.`, `global.`, …). */
function bedrockModelId(name: string) {
  return z
    .string()
    .regex(
      /^([a-z-]+\.)?[a-z0-9-]+\.[a-z0-9.-]+(:[a-z0-9]+){0,2}$/,
      `${name} must be a Bedrock model id such as amazon.nova-canvas-v1:0`,
    )
    .optional();
}

function wholeNumber(name: string, fallback: number, min: number, max: number) {
  return z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`)
    .default(fallback);
}

const contextSchema = z
  .object({
    stage: z
      .string()
      .regex(/^[a-z][a-z0-9-]{0,11}$/, 'stage must be 1–12 lowercase letters, digits or "-", starting with a letter')
      .default('dev'),
    region: z
      .string()
      .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'region must be an AWS region such as eu-west-1')
      .default('us-east-1'),
    alarmEmail: z.email('alarmEmail must be an e-mail address').optional(),
    mediaGlacierAfterDays: wholeNumber('mediaGlacierAfterDays', 90, 1, 3650),
    apiCertificateArn: z
      .string()
      .regex(/^arn:aws[a-z-]*:acm:/, 'apiCertificateArn must be an ACM certificate ARN')
      .optional(),
    apiMinTasks: wholeNumber('apiMinTasks', 2, 1, 100),
    apiMaxTasks: wholeNumber('apiMaxTasks', 6, 1, 100),
    textModelId: bedrockModelId('textModelId'),
    imageModelId: bedrockModelId('imageModelId'),
    speechProvider: z
      .enum(SPEECH_PROVIDERS, { error: `speechProvider must be one of ${SPEECH_PROVIDERS.join(', ')}` })
      .default('offline'),
    // The engine speaks Nova Reel's request format, and asynchronous invocation takes no inference profile.
    videoClipModelId: z
      .string()
      .regex(
        /^amazon\.nova-reel-v\d+:\d+$/,
        'videoClipModelId must be an Amazon Nova Reel model id such as amazon.nova-reel-v1:1',
      )
      .optional(),
  })
  .refine((config) => config.apiMaxTasks >= config.apiMinTasks, {
    error: 'apiMaxTasks must be at least apiMinTasks',
  });

const CONTEXT_KEYS = Object.keys(contextSchema.shape) as (keyof DeploymentConfig)[];

/**
 * Reads and validates the deployment's context values; a bad value stops synth with its name. The region falls
 * back to the CLI's (`CDK_DEFAULT_REGION`, from the AWS profile), then to us-east-1 as the CLI itself does.
 */
export function readDeploymentConfig(
  tryGetContext: (key: string) => unknown,
  env: NodeJS.ProcessEnv = process.env,
): DeploymentConfig {
  const raw: Record<string, unknown> = Object.fromEntries(CONTEXT_KEYS.map((key) => [key, tryGetContext(key)]));
  raw['region'] ??= env['CDK_DEFAULT_REGION'];
  const parsed = contextSchema.safeParse(raw);
  if (!parsed.success) {
    throw new DeploymentConfigError(parsed.error.issues.map((issue) => issue.message).join('; '));
  }
  return parsed.data;
}
