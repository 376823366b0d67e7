import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { z } from 'zod';
import { buildUser, type NewUser, normalizeEmail, type User } from '../../domain/user.ts';
import type { RepositoryOptions } from '../../ports/repositories.port.ts';
import { DuplicateEmailError, type UserRepository } from '../../ports/user.repository.port.ts';

// Emails are stored normalized, so the plain unique index is case-insensitive uniqueness.
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS repo_users (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE UNIQUE INDEX IF NOT EXISTS repo_users_email ON repo_users (email);
`;

const userRow = z
  .object({
    id: z.string(),
    tenant_id: z.string(),
    email: z.string(),
    name: z.string(),
    password_hash: z.string(),
    created_at: z.string(),
  })
  .transform(
    (row): User => ({
      id: row.id,
      tenantId: row.tenant_id,
      email: row.email,
      name: row.name,
      passwordHash: row.password_hash,
      createdAt: row.created_at,
    }),
  );

export class SqliteUserRepository implements UserRepository {
  readonly #now: () => Date;
  readonly #insert: StatementSync;
  readonly #byEmail: StatementSync;
  readonly #byId: StatementSync;

  constructor(db: DatabaseSync, options: RepositoryOptions = {}) {
    db.exec(SCHEMA);
    this.#now = options.now ?? (() => new Date());
    this.#insert = db.prepare(
      `INSERT INTO repo_users (id, tenant_id, email, name, password_hash, created_at)
       VALUES ($id, $tenantId, $email, $name, $passwordHash, $createdAt)
       ON CONFLICT (email) DO NOTHING`,
    );
    this.#byEmail = db.prepare('SELECT * FROM repo_users WHERE email = ?');
    this.#byId = db.prepare('SELECT * FROM repo_users WHERE id = ? AND tenant_id = ?');
  }

  async create(input: NewUser): Promise<User> {
    const user = buildUser(input, this.#now());
    const { changes } = this.#insert.run({ ...user });
    if (Number(changes) === 0) throw new DuplicateEmailError(user.email);
    return user;
  }

  async findByEmail(email: string): Promise<User | null> {
    const row = this.#byEmail.get(normalizeEmail(email));
    return row === undefined ? null : userRow.parse(row);
  }

  async findById(tenantId: string, id: string): Promise<User | null> {
    const row = this.#byId.get(id, tenantId);
    return row === undefined ? null : userRow.parse(row);
  }
}
