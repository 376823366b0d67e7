import type { Command } from 'commander';
import { z } from 'zod';
import { CliError } from '../cli-error.ts';
import { commandGroup } from '../command-module.ts';
import { parseCommandOptions } from '../command-options.ts';
import { apiUrlOption, signedInClient } from '../credentials/session.ts';
import { assertSucceeded, followJob } from '../jobs/follow-job.ts';
import { readJsonObjectArgument } from '../json-argument.ts';
import { type JobWatchView, jsonLinesView, progressBarView, statusLineView } from '../output/job-watch-view.ts';

const Options = z.object({
  engine: z.string().min(1).max(64),
  task: z.string().min(1).max(128),
  input: z.string(),
  idempotencyKey: z
    .string()
    .regex(/^[\x21-\x7E]{1,255}$/, 'must be 1–255 visible ASCII characters, without spaces')
    .optional(),
  watch: z.boolean().default(false),
  json: z.boolean().default(false),
  apiUrl: z.string().optional(),
});

/** Exit status of a watch the user interrupted (128 + SIGINT), as shells report it. */
const EXIT_INTERRUPTED = 130;

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

      const interrupted = new AbortController();
      const onInterrupt = () => interrupted.abort();
      process.once('SIGINT', onInterrupt);
      try {
        const finished = await followJob(client, job.id, watchView(options.json), interrupted.signal);
        assertSucceeded(finished);
        if (!options.json) for (const contentId of finished.contentIds) process.stdout.write(`content ${contentId}\n`);
      } catch (error) {
        if (!interrupted.signal.aborted) throw error;
        throw new CliError(
          `stopped watching; job ${job.id} goes on: \`contentflow jobs get ${job.id}\``,
          EXIT_INTERRUPTED,
        );
      } finally {
        process.off('SIGINT', onInterrupt);
      }
    });
}
