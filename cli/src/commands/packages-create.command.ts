import type { Command } from 'commander';
import { z } from 'zod';
import type { ApiClient } from '../api/api-client.ts';
import type { JobResource } from '../api/api-resources.ts';
import { CliError } from '../cli-error.ts';
import { commandGroup } from '../command-module.ts';
import { idempotencyKeySchema, parseCommandOptions } from '../command-options.ts';
import { apiUrlOption, signedInClient } from '../credentials/session.ts';
import { followJob } from '../jobs/follow-job.ts';
import { interruptibleWatch } from '../jobs/interruptible-watch.ts';
import { readJsonObjectArgument } from '../json-argument.ts';
import type { JobWatchView } from '../output/job-watch-view.ts';
import { jsonLinesView } from '../output/job-watch-view.ts';
import { contentLines } from '../output/package-text.ts';
import { stepBoardView, stepChangeView } from '../output/package-watch-view.ts';
import { assertComplete } from '../packages/package-outcome.ts';
import { packageRequest, resolveWorkflow, WORKFLOW_ALIASES } from '../packages/package-request.ts';
import { settledExecution } from '../packages/settled-execution.ts';
import { PACKAGES_GROUP } from './packages-list.command.ts';

const PackageName = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,63}$/, 'a package is a short name (short, explainer, article) or a workflow name');

const Options = z.object({
  topic: z.string().trim().min(1, 'must not be empty').optional(),
  length: z
    .string()
    .regex(/^[a-z0-9]{1,16}$/, 'must be a number of seconds (videos) or a length name (articles)')
    .optional(),
  platform: z.array(z.string().regex(/^[a-z0-9-]{1,32}$/, 'must be a platform name, e.g. tiktok')).default([]),
  input: z.string().optional(),
  idempotencyKey: idempotencyKeySchema.optional(),
  watch: z.boolean().default(false),
  json: z.boolean().default(false),
  apiUrl: z.string().optional(),
});

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function watchView(json: boolean, steps: readonly string[]): JobWatchView {
  if (json) return jsonLinesView(process.stdout);
  return process.stdout.isTTY ? stepBoardView(process.stdout, steps) : stepChangeView(process.stdout, steps);
}

/** Follows the package to its end, then lists what it made and exits by its outcome (complete, partial, …). */
async function watchPackage(client: ApiClient, job: JobResource, steps: readonly string[], json: boolean) {
  await interruptibleWatch(`package ${job.id}`, `contentflow packages get ${job.id}`, (signal) =>
    followJob(client, job.id, watchView(json, steps), signal),
  );
  // The execution lists every step with its final status, which the package's outcome is read from.
  const execution = await settledExecution(client, job.id);
  if (json) {
    process.stdout.write(`${JSON.stringify(execution)}\n`);
  } else {
    const ids = execution.contentIds.length > 0 ? execution.contentIds : execution.steps.flatMap((s) => s.contentIds);
    const contents = await Promise.all(ids.map((id) => client.getContent(id)));
    process.stdout.write(contentLines(contents));
    if (contents.length > 0) process.stdout.write('download each with `contentflow content download <content-id>`\n');
  }
  assertComplete(execution);
  if (!json) process.stdout.write(`package ${execution.id} complete\n`);
}

/** `contentflow packages create <package>`: starts a package; with `--watch`, shows each step live until it ends. */
export function register(program: Command): void {
  const aliases = Object.keys(WORKFLOW_ALIASES).join(', ');
  commandGroup(program, 'packages', PACKAGES_GROUP)
    .command('create')
    .description('Start a package (a multi-engine workflow); prints its id, or with --watch follows every step.')
    .argument('<package>', `${aliases}, or a workflow's full name (see \`packages list\`)`)
    .option('--topic <text>', 'what the package is about')
    .option('--length <length>', 'video length in seconds (e.g. 15), or an article length (short, medium, long)')
    .option('--platform <platform>', 'target platform, e.g. tiktok (repeat for packages that take several)', collect)
    .option('--input <json>', 'the whole request as a JSON object, or @path/to/file.json; flags override its fields')
    .option('--idempotency-key <key>', 'creating again with the same key returns the same package')
    .option('--watch', 'show each step live until the package ends; exit 1 if it fails, is partial or cancelled')
    .option('--json', 'print JSON (with --watch: one JSON line per change, then the execution)')
    .addOption(apiUrlOption())
    .action(async (rawName: string, rawOptions: unknown) => {
      const name = PackageName.safeParse(rawName);
      if (!name.success) throw new CliError(`<package> ${JSON.stringify(rawName)}: ${name.error.issues[0]?.message}`);
      const options = parseCommandOptions(Options, rawOptions);
      const base = options.input === undefined ? {} : await readJsonObjectArgument(options.input, '--input');
      const client = await signedInClient(options.apiUrl);
      const workflow = resolveWorkflow(name.data, await client.listWorkflows());
      const request = packageRequest(workflow, base, options);
      const job = await client.startWorkflow(workflow.name, request, options.idempotencyKey);
      if (!options.watch) {
        process.stdout.write(options.json ? `${JSON.stringify(job)}\n` : `${job.id}\n`);
        return;
      }
      if (!options.json) process.stdout.write(`${job.id}\n`);
      await watchPackage(client, job, workflow.steps, options.json);
    });
}
