import { z } from 'zod';
import { defineEvent, type EventData } from '../define-event.ts';
import { engineSchema, identifierSchema, workflowStepSchema } from '../fields.ts';
import { ENGINE_SOURCES, JOBS_SOURCE, ORCHESTRATOR_SOURCE } from '../sources.ts';

export const jobFailedV1 = defineEvent({
  source: [...ENGINE_SOURCES, JOBS_SOURCE, ORCHESTRATOR_SOURCE],
  detailType: 'Job.Failed',
  version: '1',
  description: 'A job (or one workflow step of it) failed; retryable says whether running it again may succeed.',
  producer: 'the engine running the job; job processor (could not start); orchestrator (workflow failed)',
  data: z.object({
    jobId: identifierSchema,
    engine: engineSchema.optional().describe('The engine that failed, when an engine did.'),
    error: z.object({
      code: z
        .string()
        .regex(/^[A-Z][A-Z0-9_]*$/, 'Expected an UPPER_SNAKE_CASE code')
        .max(64)
        .describe('Stable machine-readable code, e.g. INPUT_INVALID, PROVIDER_TIMEOUT.'),
      message: z.string().min(1).max(2000).describe('Human-readable explanation; no stack traces.'),
      retryable: z.boolean().describe('True when the same request may succeed later (throttling, timeouts).'),
    }),
    step: workflowStepSchema.optional(),
  }),
});

export type JobFailedV1Data = EventData<typeof jobFailedV1>;
