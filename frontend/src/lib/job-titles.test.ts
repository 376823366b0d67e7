import { describe, expect, it } from 'vitest';
import type { EngineCatalog, WorkflowCatalog } from './api/resources.ts';
import { jobTitles } from './job-titles.ts';

const engines: EngineCatalog = {
  engines: [
    {
      engine: 'text',
      tasks: [
        {
          task: 'analyze',
          key: 'text.analyze',
          title: 'Analyze text',
          description: 'Readability and keywords.',
          example: {},
          produces: { kind: 'text-analysis', mimeType: 'application/json' },
          inputSchema: {},
        },
      ],
    },
  ],
};
const workflows: WorkflowCatalog = {
  workflows: [
    {
      name: 'article-package',
      title: 'Article package',
      description: 'An article and its promotion.',
      steps: ['Article'],
      example: {},
      requestSchema: {},
    },
  ],
};

describe('jobTitles', () => {
  const titleOf = jobTitles(engines, workflows);

  it('names an engine job by its task and a package job by its workflow', () => {
    expect(titleOf({ engine: 'text', task: 'analyze' })).toBe('Analyze text');
    expect(titleOf({ engine: 'orchestrator', task: 'article-package' })).toBe('Article package');
  });

  it('falls back on the job’s key for what the catalogs do not list', () => {
    expect(titleOf({ engine: 'text', task: 'summarize' })).toBe('text.summarize');
    expect(titleOf({ engine: 'orchestrator', task: 'podcast-package' })).toBe('orchestrator.podcast-package');
    // A task named like a workflow is still an engine's task.
    expect(titleOf({ engine: 'text', task: 'article-package' })).toBe('text.article-package');
  });
});
