import { articlePackageWorkflow } from '@contentflow/events';
import { describe, expect, test } from 'vitest';
import { articlePackage } from './article-package.asl.ts';
import { callOf, runWithScriptedEngines, scriptedEngines } from './test-support/scripted-engines.ts';

const ARTICLE = {
  title: 'Content Repurposing: One Video, a Week of Posts',
  markdown: '# Content Repurposing: One Video, a Week of Posts\n\nOne long video holds a week of posts.\n',
};

/** The article as the bridge brings a Markdown result: its text, and the content's title. */
const WRITTEN = {
  kind: 'text/article',
  mimeType: 'text/markdown',
  title: ARTICLE.title,
  data: { text: ARTICLE.markdown },
};

const run = (request: unknown, fail?: string) =>
  runWithScriptedEngines(articlePackageWorkflow, articlePackage, request, scriptedEngines({ write: WRITTEN }, fail));

describe('article-package data flow', () => {
  test('the article is analysed for the keyword, pictured by its title and promoted per platform', async () => {
    const result = await run({
      topic: 'Repurposing one video into a week of posts',
      keyword: 'content repurposing',
      platforms: ['linkedin', 'threads'],
      tone: 'professional',
    });

    expect(callOf(result, 'Article')?.input).toEqual({
      topic: 'Repurposing one video into a week of posts',
      format: 'blog-post',
      length: 'short',
      tone: 'professional',
      keywords: ['content repurposing'],
    });
    expect(callOf(result, 'SeoAnalysis')?.input).toEqual({
      text: ARTICLE.markdown,
      title: ARTICLE.title,
      format: 'markdown',
      keyword: 'content repurposing',
    });
    expect(callOf(result, 'HeaderImage')?.input).toEqual({ title: ARTICLE.title, format: 'png' });
    expect(callOf(result, 'SocialPosts')?.input).toEqual({
      topic: 'Repurposing one video into a week of posts',
      text: ARTICLE.markdown,
      format: 'markdown',
      platforms: ['linkedin', 'threads'],
      tone: 'professional',
      keyword: 'content repurposing',
    });
    expect(result.package.status).toBe('complete');
    expect(result.package.steps.map((step) => [step.stepName, step.status])).toEqual(
      articlePackageWorkflow.steps.map((name) => [name, 'succeeded']),
    );
  });

  test('without a keyword, the article has none to work in and the analysis and posts measure none', async () => {
    const result = await run({ topic: 'Batch cooking for busy parents' });

    expect(callOf(result, 'Article')?.input['keywords']).toEqual([]);
    expect(callOf(result, 'SeoAnalysis')?.input).not.toHaveProperty('keyword');
    expect(callOf(result, 'SocialPosts')?.input).toMatchObject({ platforms: ['linkedin', 'x'] });
    expect(callOf(result, 'SocialPosts')?.input).not.toHaveProperty('keyword');
    expect(result.package.status).toBe('complete');
  });

  test('a failed header image completes the package as partial, naming it, with the other assets', async () => {
    const result = await run({ topic: 'Batch cooking for busy parents' }, 'HeaderImage');

    expect(result.package.status).toBe('partial');
    expect(result.package.steps.map((step) => [step.stepName, step.status])).toEqual([
      ['Article', 'succeeded'],
      ['SeoAnalysis', 'succeeded'],
      ['HeaderImage', 'failed'],
      ['SocialPosts', 'succeeded'],
    ]);
    expect(result.package.steps[2]).toMatchObject({
      error: 'Engine.Failed',
      cause: 'RENDER_FAILED: HeaderImage broke',
    });
  });

  test('a failed article ends the package there: there is nothing to analyse or promote', async () => {
    const result = await run({ topic: 'Batch cooking for busy parents' }, 'Article');

    expect(result.calls.map((call) => call.stepName)).toEqual(['Article']);
    expect(result.package.status).toBe('partial');
    expect(result.package.steps.map((step) => step.status)).toEqual(['failed', 'skipped', 'skipped', 'skipped']);
  });
});
