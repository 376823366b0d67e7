import { DuplicateEmailError, normalizeEmail, type User, type UserRepository } from '@contentflow/platform';
import { hashPassword } from '../auth/password-hasher.ts';
import { ConflictError } from './use-case-errors.ts';

export interface SignUpInput {
  email: string;
  /** Already checked against PASSWORD_POLICY by the caller's schema. */
  password: string;
  name?: string;
}

function taken(email: string): ConflictError {
  return new ConflictError(`an account with email ${email} already exists`);
}

/** Creates a user (its own tenant) with a scrypt hash of the password. */
export async function signUp(users: UserRepository, input: SignUpInput): Promise<User> {
  const email = normalizeEmail(input.email);
  // Checked first to spare a hash for a taken email; the repository's unique index settles a race.
  if (await users.findByEmail(email)) throw taken(email);
  const passwordHash = await hashPassword(input.password);
  try {
    return await users.create({ email, name: input.name ?? email.slice(0, email.indexOf('@')), passwordHash });
  } catch (error) {
    if (error instanceof DuplicateEmailError) throw taken(email);
    throw error;
  }
}
