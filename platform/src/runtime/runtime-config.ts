import { z } from 'zod';
import { dataDir } from '../config/data-dir.ts';

const localSchema = z.object({
  mode: z.literal('local'),
  dataDir: z.string(),
  /** Where the API is reachable; signed blob URLs point there. */
  publicUrl: z.url(),
});

const awsSchema = z.object({
  mode: z.literal('aws'),
  eventBusName: z.string().min(1, 'CONTENTFLOW_EVENT_BUS_NAME is required in AWS'),
  commandQueueUrl: z.url('CONTENTFLOW_COMMAND_QUEUE_URL must be the queue URL'),
  mongodbUri: z.string().startsWith('mongodb', 'MONGODB_URI must be a mongodb:// or mongodb+srv:// URI'),
  mongodbDatabase: z.string().min(1),
  mediaBucket: z.string().min(3, 'CONTENTFLOW_MEDIA_BUCKET is required in AWS'),
  idempotencyTable: z.string().min(1, 'CONTENTFLOW_IDEMPOTENCY_TABLE is required in AWS'),
});

export type RuntimeConfig = z.infer<typeof localSchema> | z.infer<typeof awsSchema>;

export class RuntimeConfigError extends Error {
  override name = 'RuntimeConfigError';
}

/**
 * Which adapters a process uses: `CONTENTFLOW_RUNTIME=aws` (the default inside Lambda and ECS) or `local`
 * (the default everywhere else: SQLite and files under the data dir, no credentials, no network).
 */
export function readRuntimeConfig(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const inAws = Boolean(env['AWS_LAMBDA_FUNCTION_NAME'] || env['ECS_CONTAINER_METADATA_URI_V4']);
  const mode = env['CONTENTFLOW_RUNTIME'] ?? (inAws ? 'aws' : 'local');
  const parsed =
    mode === 'aws'
      ? awsSchema.safeParse({
          mode,
          eventBusName: env['CONTENTFLOW_EVENT_BUS_NAME'] ?? '',
          commandQueueUrl: env['CONTENTFLOW_COMMAND_QUEUE_URL'],
          mongodbUri: env['MONGODB_URI'] ?? '',
          mongodbDatabase: env['MONGODB_DATABASE'] ?? 'contentflow',
          mediaBucket: env['CONTENTFLOW_MEDIA_BUCKET'] ?? '',
          idempotencyTable: env['CONTENTFLOW_IDEMPOTENCY_TABLE'] ?? '',
        })
      : localSchema.safeParse({
          mode,
          dataDir: dataDir(env),
          publicUrl: env['CONTENTFLOW_PUBLIC_URL'] ?? `http://localhost:${env['PORT'] ?? 3000}`,
        });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new RuntimeConfigError(`invalid ${mode} runtime configuration: ${problems.join('; ')}`);
  }
  return parsed.data;
}
