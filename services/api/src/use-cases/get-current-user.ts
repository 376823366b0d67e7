import type { User, UserRepository } from '@contentflow/platform';
import type { VerifiedPrincipal } from '../auth/token-service.ts';
import { NotFoundError } from './use-case-errors.ts';

export async function getCurrentUser(users: UserRepository, principal: VerifiedPrincipal): Promise<User> {
  const user = await users.findById(principal.tenantId, principal.userId);
  if (!user) throw new NotFoundError('the signed-in user no longer exists');
  return user;
}
