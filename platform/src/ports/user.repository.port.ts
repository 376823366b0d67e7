import type { NewUser, User } from '../domain/user.ts';

export class DuplicateEmailError extends Error {
  override readonly name = 'DuplicateEmailError';
  readonly email: string;

  constructor(email: string) {
    super(`a user with email ${email} already exists`);
    this.email = email;
  }
}

/** Users and their credentials. Local adapter: SQLite. AWS adapter: MongoDB. */
export interface UserRepository {
  /** @throws DuplicateEmailError when the email (compared case-insensitively) is taken. */
  create(input: NewUser): Promise<User>;
  /** For sign-in, before any tenant is known; the email is compared case-insensitively. */
  findByEmail(email: string): Promise<User | null>;
  /** Null when the user does not exist or belongs to another tenant. */
  findById(tenantId: string, id: string): Promise<User | null>;
}
