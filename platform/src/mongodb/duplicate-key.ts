import { MongoServerError } from 'mongodb';

/** E11000: a write hit a unique index. */
export function isDuplicateKeyError(error: unknown): boolean {
  return error instanceof MongoServerError && error.code === 11000;
}
