import { z } from 'zod';
import { identifierSchema, jobRunnerSchema, kebabNameSchema } from '../fields.ts';

/**
 * The command the API puts on the command queue when a creator cancels a job, before it marks the job cancelled:
 * sent first, it is the durable record of the request, so a crash between the two still cancels the job.
 */
export const cancelJobCommandV1 = z.object({
  command: z.literal('CancelJob'),
  version: z.literal('1'),
  jobId: identifierSchema,
  tenantId: identifierSchema,
  engine: jobRunnerSchema,
  task: kebabNameSchema,
  cancelledBy: identifierSchema,
  reason: z.string().min(1).max(500).optional(),
  correlationId: z.string().min(1).max(255),
  requestId: z.string().min(1).max(255),
});

export type CancelJobCommandV1 = z.infer<typeof cancelJobCommandV1>;
