import { z } from 'zod';
import { defineEvent, type EventData } from '../define-event.ts';
import { identifierSchema, kebabNameSchema } from '../fields.ts';
import { ORCHESTRATOR_SOURCE } from '../sources.ts';

/** One step of a package as the state machine recorded it: its contents, or why it failed. */
export const packageStepSchema = z
  .object({
    stepName: z.string().min(1).max(80),
    status: z.enum(['succeeded', 'failed', 'skipped']),
    contentIds: z.array(identifierSchema).max(100).default([]),
    error: z.string().max(256).optional().describe('Step Functions error name, e.g. States.Timeout or an engine code.'),
    cause: z.string().max(4000).optional(),
  })
  .describe('A step of the workflow and what it produced.');

export const packageCompletedV1 = defineEvent({
  source: [ORCHESTRATOR_SOURCE],
  detailType: 'Package.Completed',
  version: '1',
  description:
    'A workflow finished: every asset it made, step by step. `partial` when a step failed after its retries ' +
    '(named in failedSteps); the steps after a failed one may be missing.',
  producer: 'orchestrator (the state machine’s last state)',
  data: z.object({
    jobId: identifierSchema,
    workflow: kebabNameSchema,
    status: z.enum(['complete', 'partial']),
    steps: z.array(packageStepSchema).min(1).max(50),
  }),
});

export type PackageCompletedV1Data = EventData<typeof packageCompletedV1>;
export type PackageStep = z.output<typeof packageStepSchema>;
