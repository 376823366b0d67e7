import type { Command } from 'commander';
import { z } from 'zod';
import { commandGroup } from '../command-module.ts';
import { parseCommandOptions, parseIdArgument } from '../command-options.ts';
import { apiUrlOption, signedInClient } from '../credentials/session.ts';
import { executionDetails } from '../output/package-text.ts';
import { PACKAGES_GROUP } from './packages-list.command.ts';

const Options = z.object({ json: z.boolean().default(false), apiUrl: z.string().optional() });

/** `contentflow packages get <id>`: the package's status and every step with its timing, content or error. */
export function register(program: Command): void {
  commandGroup(program, 'packages', PACKAGES_GROUP)
    .command('get')
    .description('Show a package: its status and every step with its timing, content or error.')
    .argument('<id>', 'the package job id')
    .option('--json', 'print the execution as JSON')
    .addOption(apiUrlOption())
    .action(async (rawId: string, rawOptions: unknown) => {
      const id = parseIdArgument(rawId, 'id');
      const options = parseCommandOptions(Options, rawOptions);
      const execution = await (await signedInClient(options.apiUrl)).getExecution(id);
      process.stdout.write(options.json ? `${JSON.stringify(execution)}\n` : executionDetails(execution));
    });
}
