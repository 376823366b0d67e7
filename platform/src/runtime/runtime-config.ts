import { z } from 'zod';
import { dataDir } from '../config/data-dir.ts';

/** Each port's adapter is chosen on its own, so e.g. a local run can keep its state in MongoDB Atlas. */
const portChoices = {
  eventBus: ['local', 'eventbridge'],
  commandQueue: ['local', 'sqs'],
  database: ['sqlite', 'mongodb'],
  blobStore: ['local', 's3'],
  idempotency: ['sqlite', 'dynamodb'],
} as const;

type PortName = keyof typeof portChoices;
export type PortSelection = { [P in PortName]: (typeof portChoices)[P][number] };

const PORT_VARIABLES: Record<PortName, string> = {
  eventBus: 'CONTENTFLOW_EVENT_BUS',
  commandQueue: 'CONTENTFLOW_COMMAND_QUEUE',
  database: 'CONTENTFLOW_DATABASE',
  blobStore: 'CONTENTFLOW_BLOB_STORE',
  idempotency: 'CONTENTFLOW_IDEMPOTENCY_STORE',
};

const LOCAL_DEFAULTS: PortSelection = {
  eventBus: 'local',
  commandQueue: 'local',
  database: 'sqlite',
  blobStore: 'local',
  idempotency: 'sqlite',
};
const AWS_DEFAULTS: PortSelection = {
  eventBus: 'eventbridge',
  commandQueue: 'sqs',
  database: 'mongodb',
  blobStore: 's3',
  idempotency: 'dynamodb',
};

/** The settings each AWS adapter needs, named by the variable a user sets. */
const AWS_SETTINGS = {
  eventBusName: { port: 'eventBus', variable: 'CONTENTFLOW_EVENT_BUS_NAME', schema: z.string().min(1) },
  commandQueueUrl: { port: 'commandQueue', variable: 'CONTENTFLOW_COMMAND_QUEUE_URL', schema: z.url() },
  mediaBucket: { port: 'blobStore', variable: 'CONTENTFLOW_MEDIA_BUCKET', schema: z.string().min(3) },
  idempotencyTable: { port: 'idempotency', variable: 'CONTENTFLOW_IDEMPOTENCY_TABLE', schema: z.string().min(1) },
} as const satisfies Record<string, { port: PortName; variable: string; schema: z.ZodType<string> }>;

export interface RuntimeConfig {
  ports: PortSelection;
  /** Where local state lives (the SQLite file, blobs, keys). */
  dataDir: string;
  /** Where the API is reachable; local signed blob URLs point there. */
  publicUrl: string;
  mongodbDatabase: string;
  /**
   * `CONTENTFLOW_SQLITE_GROUP_COMMIT` (`on`, the default, or `off`): whether the local database commits the writes of
   * one event-loop turn together (see WriteGroup). Off, each write commits on its own, as before; for comparison.
   */
  sqliteGroupCommit: boolean;
  aws: Partial<Record<keyof typeof AWS_SETTINGS | 'mongodbUri' | 'mongodbSecretArn', string>>;
}

export class RuntimeConfigError extends Error {
  override name = 'RuntimeConfigError';
}

/**
 * Which adapter each port uses. `CONTENTFLOW_RUNTIME=aws` (the default inside Lambda and ECS) makes every port
 * default to its AWS adapter, `local` (the default elsewhere) to SQLite and files; `CONTENTFLOW_EVENT_BUS`,
 * `CONTENTFLOW_COMMAND_QUEUE`, `CONTENTFLOW_DATABASE`, `CONTENTFLOW_BLOB_STORE` and `CONTENTFLOW_IDEMPOTENCY_STORE`
 * override one port each. An AWS adapter's settings are required only when it is chosen.
 */
export function readRuntimeConfig(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const inAws = Boolean(env['AWS_LAMBDA_FUNCTION_NAME'] || env['ECS_CONTAINER_METADATA_URI_V4']);
  const mode = env['CONTENTFLOW_RUNTIME'] || (inAws ? 'aws' : 'local');
  if (mode !== 'aws' && mode !== 'local') {
    throw new RuntimeConfigError(`CONTENTFLOW_RUNTIME must be "local" or "aws", got "${mode}"`);
  }
  const defaults = mode === 'aws' ? AWS_DEFAULTS : LOCAL_DEFAULTS;
  const problems: string[] = [];
  const ports = { ...defaults };
  for (const port of Object.keys(portChoices) as PortName[]) {
    const value = env[PORT_VARIABLES[port]];
    if (!value) continue;
    const allowed: readonly string[] = portChoices[port];
    if (allowed.includes(value)) Object.assign(ports, { [port]: value });
    else problems.push(`${PORT_VARIABLES[port]} must be one of ${allowed.join(', ')}, got "${value}"`);
  }
  const aws: RuntimeConfig['aws'] = {};
  for (const [name, setting] of Object.entries(AWS_SETTINGS) as Array<
    [keyof typeof AWS_SETTINGS, (typeof AWS_SETTINGS)[keyof typeof AWS_SETTINGS]]
  >) {
    if (ports[setting.port] !== AWS_DEFAULTS[setting.port]) continue;
    const parsed = setting.schema.safeParse(env[setting.variable]);
    if (parsed.success) aws[name] = parsed.data;
    else
      problems.push(
        `${setting.variable} is required for the ${ports[setting.port]} adapter and is missing or malformed`,
      );
  }
  if (ports.database === 'mongodb') {
    // Lambdas get the secret's ARN rather than the URI itself, so the URI never sits in a function's configuration.
    const uri = env['MONGODB_URI'];
    const secretArn = env['CONTENTFLOW_MONGODB_SECRET_ARN'];
    if (uri && /^mongodb(\+srv)?:\/\//.test(uri)) aws.mongodbUri = uri;
    else if (secretArn?.startsWith('arn:')) aws.mongodbSecretArn = secretArn;
    else
      problems.push(
        'MONGODB_URI (or CONTENTFLOW_MONGODB_SECRET_ARN) is required for the mongodb adapter and is missing or malformed',
      );
  }
  const groupCommit = env['CONTENTFLOW_SQLITE_GROUP_COMMIT'] || 'on';
  if (groupCommit !== 'on' && groupCommit !== 'off') {
    problems.push(`CONTENTFLOW_SQLITE_GROUP_COMMIT must be "on" or "off", got "${groupCommit}"`);
  }
  if (problems.length > 0) throw new RuntimeConfigError(`invalid runtime configuration: ${problems.join('; ')}`);
  return {
    ports,
    dataDir: dataDir(env),
    publicUrl: env['CONTENTFLOW_PUBLIC_URL'] || `http://localhost:${env['PORT'] || 3000}`,
    mongodbDatabase: env['MONGODB_DATABASE'] || 'contentflow',
    sqliteGroupCommit: groupCommit === 'on',
    aws,
  };
}
