import { CliError, EXIT_FAILURE } from '../cli-error.ts';

/** The API answered with an error (its problem document's `detail` is the message), or could not be reached. */
export class ApiError extends CliError {
  override name = 'ApiError';
  /** The HTTP status, or undefined when no answer came. */
  readonly status: number | undefined;

  constructor(message: string, status?: number) {
    super(message, EXIT_FAILURE);
    this.status = status;
  }
}
