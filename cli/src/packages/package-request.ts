import type { WorkflowResource } from '../api/api-resources.ts';
import { CliError } from '../cli-error.ts';

/** Short names for the packages people start most; any workflow's full name works too. */
export const WORKFLOW_ALIASES: Readonly<Record<string, string>> = {
  short: 'short-video-package',
  explainer: 'explainer-package',
  article: 'article-package',
};

function aliasOf(workflow: string): string | undefined {
  return Object.entries(WORKFLOW_ALIASES).find(([, name]) => name === workflow)?.[0];
}

/** `short (short-video-package)`, or the name alone when it has no alias. */
export function workflowLabel(workflow: string): string {
  const alias = aliasOf(workflow);
  return alias ? `${alias} (${workflow})` : workflow;
}

/** The workflow a name or alias stands for, among those the API offers now. */
export function resolveWorkflow(name: string, workflows: readonly WorkflowResource[]): WorkflowResource {
  const fullName = WORKFLOW_ALIASES[name] ?? name;
  const workflow = workflows.find((candidate) => candidate.name === fullName);
  if (workflow) return workflow;
  const known = workflows.map((candidate) => workflowLabel(candidate.name)).join(', ') || '(none)';
  const missing = fullName === name ? '' : ` (${fullName} is not offered by this API)`;
  throw new CliError(`unknown package "${name}"${missing}; packages: ${known}`);
}

/** The flags of `packages create` that fill fields of the request, whatever the workflow calls them. */
export interface PackageFlags {
  topic?: string;
  length?: string;
  platform?: readonly string[];
}

/**
 * The workflow's request: `--input` as the base, then each flag mapped onto the field this workflow has for it
 * (read from its published JSON Schema: `--length` is `lengthSec` seconds for videos, `length` for articles;
 * `--platform` is `platform` or, repeatable, `platforms`). A flag the workflow has no field for is an error.
 * Values are checked by the API against the workflow's contract.
 */
export function packageRequest(
  workflow: WorkflowResource,
  base: Record<string, unknown>,
  flags: PackageFlags,
): Record<string, unknown> {
  const properties = workflow.requestSchema['properties'];
  const has = (field: string) => typeof properties === 'object' && properties !== null && field in properties;
  const unsupported = (flag: string) => new CliError(`${flag}: the ${workflow.name} request has no such field`);
  const request = { ...base };
  if (flags.topic !== undefined) {
    if (!has('topic')) throw unsupported('--topic');
    request['topic'] = flags.topic;
  }
  if (flags.length !== undefined) {
    if (has('lengthSec')) {
      if (!/^\d{1,4}$/.test(flags.length)) throw new CliError('--length: must be a whole number of seconds');
      request['lengthSec'] = Number(flags.length);
    } else if (has('length')) {
      request['length'] = flags.length;
    } else {
      throw unsupported('--length');
    }
  }
  const platforms = flags.platform ?? [];
  if (platforms.length > 0) {
    if (has('platforms')) request['platforms'] = [...platforms];
    else if (!has('platform')) throw unsupported('--platform');
    else if (platforms.length > 1) throw new CliError(`--platform: ${workflow.name} takes one platform`);
    else request['platform'] = platforms[0];
  }
  return request;
}
