import type { Command } from 'commander';
import { z } from 'zod';
import { commandGroup } from '../command-module.ts';
import { idempotencyKeySchema, parseCommandOptions } from '../command-options.ts';
import { apiUrlOption, signedInClient } from '../credentials/session.ts';
import { assertSucceeded, followJob } from '../jobs/follow-job.ts';
import { interruptibleWatch } from '../jobs/interruptible-watch.ts';
import { readJsonObjectArgument } from '../json-argument.ts';
import { type JobWatchView, jsonLinesView, progressBarView, statusLineView } from '../output/job-watch-view.ts';

const Options = z.object({
  engine: z.string().min(1).max(64),
  task: z.string().min(1).max(128),
  input: z.string(),
  idempotencyKey: idempotencyKeySchema.optional(),
  watch: z.boolean().default(false),
  json: z.boolean().default(false),
  apiUrl: z.string().optional(),
});

function watchView(json: boolean): JobWatchView {
  if (json) return jsonLinesView(process.stdout);
  return process.stdout.isTTY ? progressBarView(process.stdout) : statusLineView(process.stdout);
}

/** `contentflow jobs submit`: queues a job and prints its id; with `--watch`, follows it until it finishes. */
export function register(program: Command): void {
  commandGroup(program, 'jobs', 'Submit and follow jobs.')
    .command('submit')
    .description('Submit a job to an engine; prints its id, or with --watch follows it to the end.')
    .requiredOption('--engine <engine>', 'the engine, e.g. text')
    .requiredOption('--task <task>', 'the task of the engine, e.g. analyze')
    .requiredOption('--input <json>', "the task's input: a JSON object, or @path/to/file.json")
    .option('--idempotency-key <key>', 'submitting again with the same key returns the same job')
    .option('--watch', 'follow the job until it finishes; exit 1 if it fails or is cancelled')
    .option('--json', 'print the job as JSON (with --watch: one JSON line per change)')
    .addOption(apiUrlOption())
    .action(async (rawOptions: unknown) => {
      const options = parseCommandOptions(Options, rawOptions);
      const input = await readJsonObjectArgument(options.input, '--input');
      const client = await signedInClient(options.apiUrl);
      const job = await client.submitJob({ engine: options.engine, task: options.task, input }, options.idempotencyKey);
      if (!options.watch) {
        process.stdout.write(options.json ? `${JSON.stringify(job)}\n` : `${job.id}\n`);
        return;
      }
      if (!options.json) process.stdout.write(`${job.id}\n`);

      const finished = await interruptibleWatch(`job ${job.id}`, `contentflow jobs get ${job.id}`, (signal) =>
        followJob(client, job.id, watchView(options.json), signal),
      );
      assertSucceeded(finished);
      if (!options.json) for (const contentId of finished.contentIds) process.stdout.write(`content ${contentId}\n`);
    });
}
