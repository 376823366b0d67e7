import type { Command } from 'commander';

/**
 * What every `commands/*.command.ts` file exports. Files are discovered at start-up, so adding a command is
 * adding a file.
 */
export interface CommandModule {
  register(program: Command): void;
}

export function isCommandModule(value: unknown): value is CommandModule {
  return typeof value === 'object' && value !== null && 'register' in value && typeof value.register === 'function';
}

/** The group command `name` (e.g. `events`), created on first use so several files can add to it. */
export function commandGroup(program: Command, name: string, description: string): Command {
  return program.commands.find((command) => command.name() === name) ?? program.command(name).description(description);
}
