import { z } from 'zod';
import { identifierSchema, jobRunnerSchema, kebabNameSchema } from '../fields.ts';

/**
 * The command the API puts on the command queue for every accepted job. It names the job rather than
 * carrying its input: the job record is the source of truth, and the processor reads it from there.
 */
export const startJobCommandV1 = z.object({
  command: z.literal('StartJob'),
  version: z.literal('1'),
  jobId: identifierSchema,
  tenantId: identifierSchema,
  engine: jobRunnerSchema,
  task: kebabNameSchema,
  correlationId: z.string().min(1).max(255),
  requestId: z.string().min(1).max(255),
});

export type StartJobCommandV1 = z.infer<typeof startJobCommandV1>;
