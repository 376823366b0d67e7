/** Exit status for input the command cannot use (bad JSON, an invalid pattern, a missing option). */
export const EXIT_INVALID_INPUT = 2;

/** A failure to report to the user as one line on stderr, without a stack trace. */
export class CliError extends Error {
  override name = 'CliError';
  readonly exitCode: number;

  constructor(message: string, exitCode = EXIT_INVALID_INPUT) {
    super(message);
    this.exitCode = exitCode;
  }
}
