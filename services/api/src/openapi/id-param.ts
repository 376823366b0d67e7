import { idSchema } from '@contentflow/platform';
import { z } from '@hono/zod-openapi';

/** `{id}` in a path: the platform's id rule, so a malformed id is a 400 that says why. */
export const IdParams = z.object({ id: idSchema });
