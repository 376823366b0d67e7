import type { InputIssue } from '../validation/input-issues.ts';

/**
 * Why a use case refused a request, in terms of the request rather than of HTTP; the API's error handler maps
 * each class to a status. Messages are written for the caller and never contain secrets.
 */

export class InvalidRequestError extends Error {
  override name = 'InvalidRequestError';
  readonly issues: readonly InputIssue[];

  constructor(message: string, issues: readonly InputIssue[] = []) {
    super(message);
    this.issues = issues;
  }
}

/** The request is well formed but larger than the system can carry (a job's input past what one event holds). */
export class TooLargeError extends Error {
  override name = 'TooLargeError';
}

/** The thing does not exist for the caller's tenant (whether it exists for another tenant is never revealed). */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** The request is valid but conflicts with the current state (a taken email, a job already finished). */
export class ConflictError extends Error {
  override name = 'ConflictError';
}

/** An Idempotency-Key was sent again with a different request; replaying the first would be wrong. */
export class IdempotencyKeyReusedError extends Error {
  override name = 'IdempotencyKeyReusedError';

  constructor(key: string) {
    super(`Idempotency-Key "${key}" was already used for a different job request; use a new key for a new job`);
  }
}

/** Sign-in failed. One message for an unknown email and a wrong password, so accounts cannot be discovered. */
export class InvalidCredentialsError extends Error {
  override name = 'InvalidCredentialsError';

  constructor() {
    super('email or password is incorrect');
  }
}

/** A dependency the use case needs (the command queue) failed; the request may succeed if retried later. */
export class DependencyUnavailableError extends Error {
  override name = 'DependencyUnavailableError';
}
