/**
 * When an entry point's writes are durable. An HTTP response waits for it, so no client is told of a change that a
 * crash could still undo. Stores that commit every write before returning (MongoDB) answer at once.
 */
export interface WriteDurability {
  /** Resolves once everything written so far is durable; rejects when it could not be made so. */
  durable(): Promise<void>;
}

/** For adapters whose writes are durable when they return. */
export const DURABLE_ON_RETURN: WriteDurability = { durable: () => Promise.resolve() };
