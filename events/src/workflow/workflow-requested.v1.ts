import { z } from 'zod';
import { defineEvent, type EventData } from '../define-event.ts';
import { identifierSchema, kebabNameSchema } from '../fields.ts';
import { JOBS_SOURCE } from '../sources.ts';

/** The job processor asks the orchestrator to run a workflow for a job (the execution is named after the job). */
export const workflowRequestedV1 = defineEvent({
  source: [JOBS_SOURCE],
  detailType: 'Workflow.Requested',
  version: '1',
  description: 'A multi-engine job was accepted: the orchestrator starts its workflow, named after the job.',
  producer: 'job processor',
  data: z.object({
    jobId: identifierSchema,
    workflow: kebabNameSchema.describe('The workflow to run, e.g. short-video-package.'),
    input: z.record(z.string(), z.unknown()).describe("The workflow's request; validated by the orchestrator."),
    requestedBy: identifierSchema.describe('Id of the user who requested the job.'),
  }),
});

export type WorkflowRequestedV1Data = EventData<typeof workflowRequestedV1>;
