import { z } from 'zod';
import { defineEvent, type EventData, MAX_EVENT_ENTRY_BYTES } from '../define-event.ts';
import { engineSchema, identifierSchema, kebabNameSchema, workflowStepSchema } from '../fields.ts';
import { JOBS_SOURCE, ORCHESTRATOR_SOURCE } from '../sources.ts';

/**
 * The most a job's input may take as UTF-8 JSON. It travels inline in one Job.Requested (or Workflow.Requested)
 * event, which EventBridge caps at 256 KiB; 8 KiB stays for the envelope (ids, metadata, a workflow step's token).
 * The API refuses a larger input up front, since no retry could ever send it.
 */
export const MAX_JOB_INPUT_BYTES = MAX_EVENT_ENTRY_BYTES - 8 * 1024;

/** The command event an engine runs a job from: the job processor sends it, or the orchestrator for one workflow step. */
export const jobRequestedV1 = defineEvent({
  source: [JOBS_SOURCE, ORCHESTRATOR_SOURCE],
  detailType: 'Job.Requested',
  version: '1',
  description: 'An engine is asked to run one task of a job. Each engine has a rule matching data.engine.',
  producer: 'job processor (single-engine jobs); orchestrator (one workflow step)',
  data: z.object({
    jobId: identifierSchema,
    engine: engineSchema,
    task: kebabNameSchema.describe("The engine's task, e.g. thumbnail, voiceover."),
    input: z
      .record(z.string(), z.unknown())
      .describe("Task input; validated by the engine's own task schema. References blobs by key, never inlines media."),
    requestedBy: identifierSchema.describe('Id of the user who requested the job.'),
    step: workflowStepSchema.optional(),
  }),
});

export type JobRequestedV1Data = EventData<typeof jobRequestedV1>;
