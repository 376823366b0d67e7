import { contentGeneratedV1 } from './content/content-generated.v1.ts';
import type { AnyEventDefinition } from './define-event.ts';
import { jobCancelledV1 } from './job/job-cancelled.v1.ts';
import { jobCompletedV1 } from './job/job-completed.v1.ts';
import { jobFailedV1 } from './job/job-failed.v1.ts';
import { jobProgressedV1 } from './job/job-progressed.v1.ts';
import { jobRequestedV1 } from './job/job-requested.v1.ts';
import { jobStartedV1 } from './job/job-started.v1.ts';
import { packageCompletedV1 } from './workflow/package-completed.v1.ts';
import { workflowRequestedV1 } from './workflow/workflow-requested.v1.ts';

/**
 * Every published event version. Schema generation, the compatibility check and the event catalog read
 * this list, so a definition left out of it is neither published nor protected.
 */
export const EVENT_CATALOG: readonly AnyEventDefinition[] = [
  jobRequestedV1,
  jobStartedV1,
  jobProgressedV1,
  contentGeneratedV1,
  jobCompletedV1,
  jobFailedV1,
  jobCancelledV1,
  workflowRequestedV1,
  packageCompletedV1,
];

export function findEventDefinition(detailType: string, version: string): AnyEventDefinition | undefined {
  return EVENT_CATALOG.find((definition) => definition.detailType === detailType && definition.version === version);
}
