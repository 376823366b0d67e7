import type { Command } from 'commander';
import { z } from 'zod';
import { commandGroup } from '../command-module.ts';
import { parseCommandOptions, parseIdArgument } from '../command-options.ts';
import { apiUrlOption, signedInClient } from '../credentials/session.ts';
import { jobDetails } from '../output/job-text.ts';

const Options = z.object({ json: z.boolean().default(false), apiUrl: z.string().optional() });

/** `contentflow jobs get <id>`: the job's status, progress, error and content. */
export function register(program: Command): void {
  commandGroup(program, 'jobs', 'Submit and follow jobs.')
    .command('get')
    .description('Show a job: its status, progress, error and the content it produced.')
    .argument('<id>', 'the job id')
    .option('--json', 'print the job as JSON')
    .addOption(apiUrlOption())
    .action(async (rawId: string, rawOptions: unknown) => {
      const id = parseIdArgument(rawId, 'id');
      const options = parseCommandOptions(Options, rawOptions);
      const job = await (await signedInClient(options.apiUrl)).getJob(id);
      process.stdout.write(options.json ? `${JSON.stringify(job)}\n` : jobDetails(job));
    });
}
