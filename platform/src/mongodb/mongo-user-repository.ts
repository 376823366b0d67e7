import type { Collection } from 'mongodb';
import { buildUser, type NewUser, normalizeEmail, type User } from '../domain/user.ts';
import type { RepositoryOptions } from '../ports/repositories.port.ts';
import { DuplicateEmailError, type UserRepository } from '../ports/user.repository.port.ts';
import type { UserDocument } from './documents.ts';
import { isDuplicateKeyError } from './duplicate-key.ts';

function fromDocument({ _id, createdAt, ...rest }: UserDocument): User {
  return { id: _id, ...rest, createdAt: createdAt.toISOString() };
}

export class MongoUserRepository implements UserRepository {
  readonly #users: Collection<UserDocument>;
  readonly #now: () => Date;

  constructor(users: Collection<UserDocument>, options: RepositoryOptions = {}) {
    this.#users = users;
    this.#now = options.now ?? (() => new Date());
  }

  async create(input: NewUser): Promise<User> {
    const { id, createdAt, ...rest } = buildUser(input, this.#now());
    try {
      await this.#users.insertOne({ _id: id, ...rest, createdAt: new Date(createdAt) });
    } catch (error) {
      // `email_unique` is the only unique index besides _id, and ids are fresh UUIDs.
      if (isDuplicateKeyError(error)) throw new DuplicateEmailError(rest.email);
      throw error;
    }
    return { id, ...rest, createdAt };
  }

  async findByEmail(email: string): Promise<User | null> {
    const document = await this.#users.findOne({ email: normalizeEmail(email) });
    return document === null ? null : fromDocument(document);
  }

  async findById(tenantId: string, id: string): Promise<User | null> {
    const document = await this.#users.findOne({ _id: id, tenantId });
    return document === null ? null : fromDocument(document);
  }
}
