import { z } from 'zod';
import { ENGINES, ORCHESTRATOR_JOB_RUNNER } from './sources.ts';

/**
 * Ids that end up in blob keys, database keys and EventBridge patterns: restricted to characters that
 * are safe in all three, so a contract can never smuggle a path separator or whitespace into a key.
 */
export const identifierSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'Expected an id of 1-128 letters, digits, ".", "_", ":" or "-"');

/** Task and content-kind names (`thumbnail`, `music-bed`): open sets owned by each engine, so not enums. */
export const kebabNameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'Expected a kebab-case name such as "music-bed"')
  .max(64);

export const engineSchema = z.enum(ENGINES).describe('The ContentFlow engine that runs or ran the work.');

/** Who runs a job: one engine, or the orchestrator for a multi-engine workflow. */
export const jobRunnerSchema = z
  .enum([...ENGINES, ORCHESTRATOR_JOB_RUNNER])
  .describe('The engine that runs the job, or `orchestrator` for a workflow.');

/**
 * Present when a Step Functions step issued the work: the engine echoes it on its result events so the
 * orchestrator can resume the waiting step (task-token pattern) without a lookup of its own.
 */
export const workflowStepSchema = z
  .object({
    executionId: z.string().min(1).max(2048).describe('State machine execution ARN (or local execution id).'),
    stepName: z.string().min(1).max(80).describe('State name inside the state machine.'),
    taskToken: z.string().min(1).max(2048).optional().describe('Token to resume a .waitForTaskToken step.'),
  })
  .describe('The workflow step that issued this work, if any.');

/**
 * S3-safe key characters in `/`-separated segments, with no empty, `.` or `..` segment, so a key can
 * never escape the blob store's root when the local adapter maps it to a file path.
 */
export const blobKeySchema = z
  .string()
  .max(1024)
  .regex(
    /^(?!\.\.?(?:\/|$))(?!.*\/\.\.?(?:\/|$))[A-Za-z0-9!_.*'()-]+(?:\/[A-Za-z0-9!_.*'()-]+)*$/,
    'Expected a relative blob key of safe characters without empty, "." or ".." segments',
  );
