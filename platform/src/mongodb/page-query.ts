import type { Filter, Sort } from 'mongodb';
import type { PagePosition } from '../domain/page.ts';

interface Pageable {
  _id: string;
  createdAt: Date;
}

/** The order every tenant listing uses; backed by the `tenant_newest` indexes. */
export const NEWEST_FIRST: Sort = { createdAt: -1, _id: -1 };

/** Everything strictly after `position` in NEWEST_FIRST order. */
export function afterPosition(position: PagePosition): Filter<Pageable> {
  const createdAt = new Date(position.createdAt);
  return { $or: [{ createdAt: { $lt: createdAt } }, { createdAt, _id: { $lt: position.id } }] };
}
