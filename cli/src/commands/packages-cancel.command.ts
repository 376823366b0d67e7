import type { Command } from 'commander';
import { z } from 'zod';
import { commandGroup } from '../command-module.ts';
import { parseCommandOptions, parseIdArgument } from '../command-options.ts';
import { apiUrlOption, signedInClient } from '../credentials/session.ts';
import { PACKAGES_GROUP } from './packages-list.command.ts';

const Options = z.object({ apiUrl: z.string().optional() });

/** `contentflow packages cancel <id>`: stops a queued or running package (a finished one is a 409, exit 1). */
export function register(program: Command): void {
  commandGroup(program, 'packages', PACKAGES_GROUP)
    .command('cancel')
    .description('Cancel a queued or running package: its workflow stops, and so does the work under way.')
    .argument('<id>', 'the package job id')
    .addOption(apiUrlOption())
    .action(async (rawId: string, rawOptions: unknown) => {
      const id = parseIdArgument(rawId, 'id');
      const options = parseCommandOptions(Options, rawOptions);
      const execution = await (await signedInClient(options.apiUrl)).cancelExecution(id);
      process.stdout.write(`package ${execution.id} ${execution.status}\n`);
    });
}
