import { z } from 'zod';
import { defineEvent, type EventData } from '../define-event.ts';
import { engineSchema, identifierSchema, workflowStepSchema } from '../fields.ts';
import { ENGINE_SOURCES, JOBS_SOURCE, ORCHESTRATOR_SOURCE } from '../sources.ts';

export const jobCompletedV1 = defineEvent({
  source: [...ENGINE_SOURCES, JOBS_SOURCE, ORCHESTRATOR_SOURCE],
  detailType: 'Job.Completed',
  version: '1',
  description:
    'A job (or one workflow step of it) finished successfully: all its content is stored and announced by Content.Generated.',
  producer: 'the engine that ran the job; orchestrator (a whole workflow package)',
  data: z.object({
    jobId: identifierSchema,
    engine: engineSchema.optional().describe('The engine that ran the job, when an engine did.'),
    contentIds: z.array(identifierSchema).min(1).describe('Every content item the job produced.'),
    step: workflowStepSchema.optional(),
  }),
});

export type JobCompletedV1Data = EventData<typeof jobCompletedV1>;
