import { articlePackageWorkflow } from '@contentflow/events';
import type { AslDefinition } from '@contentflow/platform';
import { engineStepStates, parallelSteps, STEP_TIMEOUTS } from './engine-step.ts';
import { packageDefinition, type StepLayout } from './package-states.ts';
import { presentChoice } from './present-choice.ts';

export const ARTICLE_PACKAGE = articlePackageWorkflow.name;

/** Where each step is recorded under `$.steps`, in the order the package lists them. */
const STEPS = {
  article: 'Article',
  promotion: { seo: 'SeoAnalysis', headerImage: 'HeaderImage', social: 'SocialPosts' },
} as const satisfies StepLayout;

/**
 * Article package: article (text.write) → in parallel: its SEO analysis for the focus keyword (text.analyze),
 * a 1280×720 header image with its title (image.thumbnail), one social post per platform promoting it
 * (text.captions) → Package.Completed.
 *
 * Execution input: `{jobId, tenantId, requestedBy, request: ArticleRequest, config}`. The keyword is optional, and a
 * path to a missing field fails a state, so `$.focus` holds it in the two shapes the tasks take: `keywords` (a
 * list, for text.write) and `fields` (`{keyword}` or `{}`, merged into the inputs that take one keyword).
 */
export const articlePackage: AslDefinition = packageDefinition({
  workflow: ARTICLE_PACKAGE,
  comment: 'Article with its SEO analysis, header image and social posts.',
  timeoutSeconds: 2 * 3600,
  layout: STEPS,
  first: 'HasKeyword',
  states: {
    HasKeyword: presentChoice('$.request.keyword', 'FocusKeyword', 'NoFocusKeyword'),
    FocusKeyword: {
      Type: 'Pass',
      Parameters: {
        'keywords.$': 'States.Array($.request.keyword)',
        fields: { 'keyword.$': '$.request.keyword' },
      },
      ResultPath: '$.focus',
      Next: 'Article',
    },
    NoFocusKeyword: {
      Type: 'Pass',
      Result: { keywords: [], fields: {} },
      ResultPath: '$.focus',
      Next: 'Article',
    },
    ...engineStepStates(
      {
        name: 'Article',
        engine: 'text',
        task: 'write',
        input: {
          'topic.$': '$.request.topic',
          'format.$': '$.request.format',
          'length.$': '$.request.length',
          'tone.$': '$.request.tone',
          'keywords.$': '$.focus.keywords',
        },
        timeoutSeconds: STEP_TIMEOUTS.text,
        // The bridge brings a Markdown result's text and the content's title (the article's headline).
        select: { 'title.$': '$.contents[0].title', 'markdown.$': '$.contents[0].data.text' },
      },
      { resultPath: '$.steps.article', next: 'PromotionInputs', nextAfterFailure: 'Outcome' },
    ),
    PromotionInputs: {
      Type: 'Pass',
      Comment: 'The inputs that take the optional keyword, before it is merged in.',
      Parameters: {
        seo: { 'text.$': '$.steps.article.markdown', 'title.$': '$.steps.article.title', format: 'markdown' },
        social: {
          'topic.$': '$.request.topic',
          'text.$': '$.steps.article.markdown',
          format: 'markdown',
          'platforms.$': '$.request.platforms',
          'tone.$': '$.request.tone',
        },
      },
      ResultPath: '$.inputs',
      Next: 'Promotion',
    },
    Promotion: parallelSteps(
      {
        seo: {
          name: 'SeoAnalysis',
          engine: 'text',
          task: 'analyze',
          input: 'States.JsonMerge($.inputs.seo, $.focus.fields, false)',
          timeoutSeconds: STEP_TIMEOUTS.text,
        },
        headerImage: {
          name: 'HeaderImage',
          engine: 'image',
          task: 'thumbnail',
          input: { 'title.$': '$.steps.article.title', format: 'png' },
          timeoutSeconds: STEP_TIMEOUTS.media,
        },
        social: {
          name: 'SocialPosts',
          engine: 'text',
          task: 'captions',
          input: 'States.JsonMerge($.inputs.social, $.focus.fields, false)',
          timeoutSeconds: STEP_TIMEOUTS.text,
        },
      },
      { resultPath: '$.steps.promotion', next: 'Outcome' },
    ),
  },
});
