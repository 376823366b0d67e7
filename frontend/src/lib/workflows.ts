import type { WorkflowCatalog, WorkflowDescription } from './api/resources.ts';
import { humanize } from './text/labels.ts';

/** Workflows by their name (`article-package`). */
export function workflowsByName(catalog: WorkflowCatalog): ReadonlyMap<string, WorkflowDescription> {
  return new Map(catalog.workflows.map((workflow) => [workflow.name, workflow]));
}

/** "Article → SEO analysis → Header image → Social posts": what a package does, in order. */
export function stepsLine(steps: readonly string[]): string {
  return steps.map(humanize).join(' → ');
}
