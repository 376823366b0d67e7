#!/usr/bin/env node
import { CommanderError } from 'commander';
import { CliError, EXIT_INVALID_INPUT } from './cli-error.ts';
import { createProgram } from './program.ts';

try {
  const program = await createProgram();
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander has already printed the usage problem (or the help / version it was asked for).
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_INVALID_INPUT;
  } else if (error instanceof CliError) {
    process.stderr.write(`contentflow: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    throw error;
  }
}
