import { z } from 'zod';
import { defineEvent, type EventData } from '../define-event.ts';
import { identifierSchema, jobRunnerSchema, kebabNameSchema } from '../fields.ts';
import { JOBS_SOURCE } from '../sources.ts';

/** The job processor announces a cancellation once the job record says `cancelled`; the record stays the truth. */
export const jobCancelledV1 = defineEvent({
  source: [JOBS_SOURCE],
  detailType: 'Job.Cancelled',
  version: '1',
  description:
    'A queued or running job was cancelled: whoever runs it stops (the orchestrator stops its execution; engines also watch the job record and kill their work).',
  producer: 'job processor',
  data: z.object({
    jobId: identifierSchema,
    engine: jobRunnerSchema.describe('Who runs the job: an engine, or `orchestrator` for a workflow.'),
    task: kebabNameSchema.describe("The engine's task, or the workflow's name when the orchestrator runs it."),
    cancelledBy: identifierSchema.describe('Id of the user who cancelled the job.'),
    reason: z.string().min(1).max(500).optional().describe('Why, in words, when the canceller said.'),
  }),
});

export type JobCancelledV1Data = EventData<typeof jobCancelledV1>;
