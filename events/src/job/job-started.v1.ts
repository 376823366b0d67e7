import { z } from 'zod';
import { defineEvent, type EventData } from '../define-event.ts';
import { engineSchema, identifierSchema, kebabNameSchema } from '../fields.ts';
import { ENGINE_SOURCES } from '../sources.ts';

export const jobStartedV1 = defineEvent({
  source: ENGINE_SOURCES,
  detailType: 'Job.Started',
  version: '1',
  description: 'An engine accepted a requested job and began work on it.',
  producer: 'the engine running the job',
  data: z.object({
    jobId: identifierSchema,
    engine: engineSchema,
    task: kebabNameSchema,
  }),
});

export type JobStartedV1Data = EventData<typeof jobStartedV1>;
