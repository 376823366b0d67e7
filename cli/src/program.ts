import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { isCommandModule } from './command-module.ts';

const COMMANDS_DIR = join(import.meta.dirname, 'commands');
const COMMAND_FILE = /\.command\.ts$/;

/** Builds the `contentflow` program with every command found in commands/. */
export async function createProgram(): Promise<Command> {
  const program = new Command('contentflow')
    .description('ContentFlow: event-driven content engines, on one machine or on AWS.')
    .version(packageJson.version)
    // Throw instead of exiting so main.ts decides the exit status; subcommands inherit this.
    .exitOverride();
  const files = readdirSync(COMMANDS_DIR)
    .filter((file) => COMMAND_FILE.test(file))
    .sort();
  for (const file of files) {
    const module: unknown = await import(pathToFileURL(join(COMMANDS_DIR, file)).href);
    if (!isCommandModule(module)) throw new Error(`commands/${file} must export register(program)`);
    module.register(program);
  }
  return program;
}
