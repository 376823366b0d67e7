import { describe, expect, it } from 'vitest';
import { stepsLine, workflowsByName } from './workflows.ts';

describe('workflows', () => {
  it('finds a workflow by its name', () => {
    const article = {
      name: 'article-package',
      title: 'Article package',
      description: 'An article and its promotion.',
      steps: ['Article'],
      example: {},
      requestSchema: {},
    };
    const byName = workflowsByName({ workflows: [article] });
    expect(byName.get('article-package')).toBe(article);
    expect(byName.get('short-video-package')).toBeUndefined();
  });

  it('reads the steps in order, named for people', () => {
    expect(stepsLine(['Article', 'SeoAnalysis', 'HeaderImage'])).toBe('Article → SEO analysis → Header image');
  });
});
