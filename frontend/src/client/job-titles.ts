import { engineCatalogSchema, workflowCatalogSchema } from '../lib/api/resources.ts';
import { type JobTitle, jobTitles } from '../lib/job-titles.ts';
import type { ApiClient } from './api-client.ts';

/** The job titles from both catalogs. Titles are a nicety: a catalog that fails to load leaves jobs as `engine.task`. */
export async function loadJobTitles(api: ApiClient): Promise<JobTitle> {
  const [engines, workflows] = await Promise.all([
    api.get('/api/v1/engines', engineCatalogSchema).catch(() => ({ engines: [] })),
    api.get('/api/v1/orchestrator/workflows', workflowCatalogSchema).catch(() => ({ workflows: [] })),
  ]);
  return jobTitles(engines, workflows);
}
