import type { Command } from 'commander';
import { z } from 'zod';
import { commandGroup } from '../command-module.ts';
import { parseCommandOptions, parseIdArgument } from '../command-options.ts';
import { apiUrlOption, signedInClient } from '../credentials/session.ts';

const Options = z.object({ apiUrl: z.string().optional() });

/** `contentflow jobs cancel <id>`: cancels a queued or running job (a finished one is a 409, exit 1). */
export function register(program: Command): void {
  commandGroup(program, 'jobs', 'Submit and follow jobs.')
    .command('cancel')
    .description('Cancel a queued or running job.')
    .argument('<id>', 'the job id')
    .addOption(apiUrlOption())
    .action(async (rawId: string, rawOptions: unknown) => {
      const id = parseIdArgument(rawId, 'id');
      const options = parseCommandOptions(Options, rawOptions);
      const job = await (await signedInClient(options.apiUrl)).cancelJob(id);
      process.stdout.write(`job ${job.id} ${job.status}\n`);
    });
}
