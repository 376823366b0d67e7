import { randomUUID } from 'node:crypto';
import { normalizeEmail, type UserRepository } from '@contentflow/platform';
import { hashPassword, verifyPassword } from '../auth/password-hasher.ts';
import type { IssuedToken, TokenService } from '../auth/token-service.ts';
import { InvalidCredentialsError } from './use-case-errors.ts';

export interface LogInInput {
  email: string;
  password: string;
}

let dummyHash: Promise<string> | undefined;

/** A hash no password matches, verified when the email is unknown so that answer takes as long as a wrong password. */
function hashOfNoPassword(): Promise<string> {
  dummyHash ??= hashPassword(randomUUID());
  return dummyHash;
}

/** Checks the credentials and issues a token; an unknown email and a wrong password fail alike. */
export async function logIn(
  deps: { users: UserRepository; tokens: TokenService },
  input: LogInInput,
): Promise<IssuedToken> {
  const user = await deps.users.findByEmail(normalizeEmail(input.email));
  const matches = await verifyPassword(input.password, user?.passwordHash ?? (await hashOfNoPassword()));
  if (!user || !matches) throw new InvalidCredentialsError();
  return deps.tokens.issue({ userId: user.id, tenantId: user.tenantId });
}
