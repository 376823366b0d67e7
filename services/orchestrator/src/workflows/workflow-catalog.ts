import type { WorkflowManifest } from '@contentflow/platform';
import type { z } from 'zod';
import { SHORT_VIDEO_PACKAGE, shortVideoPackage } from './short-video-package.asl.ts';
import { shortVideoRequestSchema } from './short-video-request.ts';

/** A workflow: its state machine and the request it accepts (validated before an execution starts). */
export interface WorkflowDefinition extends WorkflowManifest {
  request: z.ZodType<Record<string, unknown>>;
}

export const WORKFLOWS: readonly WorkflowDefinition[] = [
  {
    name: SHORT_VIDEO_PACKAGE,
    description: 'Short vertical video with narration, thumbnail, music bed, title, description and hashtags.',
    definition: shortVideoPackage,
    request: shortVideoRequestSchema,
  },
];

export function findWorkflow(name: string): WorkflowDefinition | undefined {
  return WORKFLOWS.find((workflow) => workflow.name === name);
}
