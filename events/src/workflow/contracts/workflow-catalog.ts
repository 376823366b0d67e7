import { articlePackageWorkflow } from './article-package.workflow.ts';
import type { WorkflowContract } from './define-workflow.ts';
import { explainerPackageWorkflow } from './explainer-package.workflow.ts';
import { shortVideoPackageWorkflow } from './short-video-package.workflow.ts';

/** Every workflow the orchestrator runs; the API lists them and validates package requests against them. */
export const WORKFLOW_CATALOG: readonly WorkflowContract[] = [
  shortVideoPackageWorkflow,
  explainerPackageWorkflow,
  articlePackageWorkflow,
];

export function findWorkflowContract(name: string): WorkflowContract | undefined {
  return WORKFLOW_CATALOG.find((workflow) => workflow.name === name);
}
