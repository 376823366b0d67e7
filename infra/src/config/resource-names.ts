/**
 * Every name the stacks agree on without referencing each other: stack names, the SSM parameters through which
 * platform stacks hand resources to service stacks, and the physical names of the resources the monitoring
 * stack watches. Because these are computed, not exported, any stack deploys alone.
 */

export class ResourceNameError extends Error {
  override name = 'ResourceNameError';
}

/** The shared resources platform stacks publish, each under `/contentflow/<stage>/<key>`. */
export const SHARED_PARAMETERS = [
  'vpc-id',
  'public-subnet-ids',
  'private-subnet-ids',
  'mongodb-secret-arn',
  'jwt-secret-arn',
  'bus-arn',
  'bus-name',
  'media-bucket-arn',
  'media-bucket-name',
  'idempotency-table-arn',
  'command-queue-arn',
  'command-queue-url',
  'alb-dns-name',
  'alb-full-name',
] as const;
export type SharedParameter = (typeof SHARED_PARAMETERS)[number];

/**
 * Where in the media bucket Bedrock writes the video engine's generated clips (`<prefix>/<invocation id>/…`), which
 * the storage stack expires. Blob keys start with a tenant id (`<tenantId>/jobs/…`), and a tenant id starts with a
 * letter or digit, so no tenant's media lives under it.
 */
export const VIDEO_CLIPS_PREFIX = '_video-clips';

/** The EventBridge bus every service publishes to and subscribes on. */
export const EVENT_BUS_NAME = 'contentflow';

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const MAX_FUNCTION_NAME = 64;
const MAX_QUEUE_NAME = 80;
const MAX_STATE_MACHINE_NAME = 80;

function pascal(kebab: string): string {
  return kebab
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function checked(name: string, max: number, what: string): string {
  if (name.length > max) throw new ResourceNameError(`${what} "${name}" is longer than ${max} characters`);
  return name;
}

function kebab(value: string, what: string): string {
  if (!KEBAB.test(value)) throw new ResourceNameError(`${what} "${value}" must be kebab-case (a-z, 0-9, "-")`);
  return value;
}

/** `ContentFlow-Network`, `ContentFlow-Text`: the names `cdk deploy` takes. */
export function stackName(name: string): string {
  return `ContentFlow-${pascal(kebab(name, 'stack name'))}`;
}

export class ResourceNames {
  readonly stage: string;
  readonly #prefix: string;

  constructor(stage: string) {
    this.stage = kebab(stage, 'stage');
    this.#prefix = `contentflow-${this.stage}-`;
  }

  parameter(key: SharedParameter): string {
    return `/contentflow/${this.stage}/${key}`;
  }

  /** `contentflow-<stage>-<name>`: how every named resource of a stage starts. */
  physicalName(name: string): string {
    return `${this.#prefix}${kebab(name, 'name')}`;
  }

  /** `contentflow-<stage>-<subscription>`: subscription names are unique across the system. */
  functionName(subscriptionName: string): string {
    return checked(this.physicalName(subscriptionName), MAX_FUNCTION_NAME, 'function name');
  }

  /** The EventBridge rule of an event subscription; named like its function so one finds the other. */
  ruleName(subscriptionName: string): string {
    return this.functionName(subscriptionName);
  }

  deadLetterQueueName(subscriptionName: string): string {
    return checked(`${this.physicalName(subscriptionName)}-dlq`, MAX_QUEUE_NAME, 'queue name');
  }

  get commandQueueName(): string {
    return this.physicalName('commands');
  }

  get commandDeadLetterQueueName(): string {
    return this.physicalName('commands-dlq');
  }

  stateMachineName(workflowName: string): string {
    return checked(this.physicalName(workflowName), MAX_STATE_MACHINE_NAME, 'state machine name');
  }

  /** What every state machine name starts with: the orchestrator appends a workflow's name to reach its machine. */
  get stateMachineNamePrefix(): string {
    return this.#prefix;
  }
}
