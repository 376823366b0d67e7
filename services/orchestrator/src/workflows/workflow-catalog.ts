import {
  articlePackageWorkflow,
  explainerPackageWorkflow,
  shortVideoPackageWorkflow,
  type WorkflowContract,
} from '@contentflow/events';
import type { AslDefinition, WorkflowManifest } from '@contentflow/platform';
import { articlePackage } from './article-package.asl.ts';
import { explainerPackage } from './explainer-package.asl.ts';
import { shortVideoPackage } from './short-video-package.asl.ts';

/** A workflow: its public contract (from events) and the state machine that runs it. */
export interface WorkflowDefinition extends WorkflowManifest {
  contract: WorkflowContract;
}

function workflow(contract: WorkflowContract, definition: AslDefinition): WorkflowDefinition {
  return { name: contract.name, description: contract.description, definition, contract };
}

export const WORKFLOWS: readonly WorkflowDefinition[] = [
  workflow(shortVideoPackageWorkflow, shortVideoPackage),
  workflow(explainerPackageWorkflow, explainerPackage),
  workflow(articlePackageWorkflow, articlePackage),
];

export function findWorkflow(name: string): WorkflowDefinition | undefined {
  return WORKFLOWS.find((candidate) => candidate.name === name);
}
