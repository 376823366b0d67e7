import type { EngineCatalog, Job, WorkflowCatalog } from './api/resources.ts';
import { tasksByKey } from './engines.ts';
import { isWorkflowJob } from './jobs/workflow-steps.ts';
import { workflowsByName } from './workflows.ts';

export type JobTitle = (job: Pick<Job, 'engine' | 'task'>) => string;

/**
 * Names jobs for people: "Analyze text" for a `text.analyze` job, "Article package" for a package job whose task is
 * `article-package`; the job's key (`engine.task`) when the catalogs do not know it.
 */
export function jobTitles(engines: EngineCatalog, workflows: WorkflowCatalog): JobTitle {
  const tasks = tasksByKey(engines);
  const packages = workflowsByName(workflows);
  return (job) => {
    const key = `${job.engine}.${job.task}`;
    return (isWorkflowJob(job) ? packages.get(job.task)?.title : tasks.get(key)?.title) ?? key;
  };
}
