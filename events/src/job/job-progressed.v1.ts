import { z } from 'zod';
import { defineEvent, type EventData } from '../define-event.ts';
import { engineSchema, identifierSchema, workflowStepSchema } from '../fields.ts';
import { ENGINE_SOURCES } from '../sources.ts';

export const jobProgressedV1 = defineEvent({
  source: ENGINE_SOURCES,
  detailType: 'Job.Progressed',
  version: '1',
  description: 'A running job moved forward; the job tracker relays it to the creator (SSE).',
  producer: 'the engine running the job',
  data: z.object({
    jobId: identifierSchema,
    engine: engineSchema,
    percent: z.number().min(0).max(100).describe('Completion estimate, 0-100.'),
    message: z.string().min(1).max(500).describe('Short human-readable status, e.g. "Rendering scene 2 of 5".'),
    step: workflowStepSchema.optional(),
  }),
});

export type JobProgressedV1Data = EventData<typeof jobProgressedV1>;
