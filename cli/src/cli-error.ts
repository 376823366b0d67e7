/** Exit status for input the command cannot use (bad JSON, an invalid pattern, a missing option, no login). */
export const EXIT_INVALID_INPUT = 2;

/** Exit status for an operation that was tried and failed (the API refused it or could not be reached, a job failed). */
export const EXIT_FAILURE = 1;

/** A failure to report to the user as one line on stderr, without a stack trace. */
export class CliError extends Error {
  override name = 'CliError';
  readonly exitCode: number;

  constructor(message: string, exitCode = EXIT_INVALID_INPUT) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** The message of anything thrown, for a one-line report. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
