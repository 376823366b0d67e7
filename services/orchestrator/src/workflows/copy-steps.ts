import type { JsonObject } from '@contentflow/platform';
import { parallelSteps, STEP_TIMEOUTS } from './engine-step.ts';

export interface CopySource {
  /** Path of what the video says: the copy is written from it. */
  text: string;
  /** Path of the platform the hashtags are for. */
  platform: string;
  /** Path of the video's own title, when it has one: the description starts from it. */
  title?: string;
  /** Where the titles will show (text.titles `style`); seo by default. */
  titleStyle?: 'seo' | 'youtube' | 'social';
}

/** The copy's steps as a package's layout records them at `copy`. */
export const COPY_STEPS = { title: 'Title', description: 'Description', hashtags: 'Hashtags' } as const;

/**
 * The copy of a video package, written in parallel from its narration: title variants, a description and
 * hashtags, recorded at `$.steps.copy` as `{title, description, hashtags}`.
 */
export function copySteps(source: CopySource, next: string): JsonObject {
  const text = { 'text.$': source.text };
  return parallelSteps(
    {
      title: {
        name: COPY_STEPS.title,
        engine: 'text',
        task: 'titles',
        input: source.titleStyle ? { ...text, style: source.titleStyle } : text,
        timeoutSeconds: STEP_TIMEOUTS.text,
      },
      description: {
        name: COPY_STEPS.description,
        engine: 'text',
        task: 'description',
        input: source.title ? { ...text, 'title.$': source.title } : text,
        timeoutSeconds: STEP_TIMEOUTS.text,
      },
      hashtags: {
        name: COPY_STEPS.hashtags,
        engine: 'text',
        task: 'hashtags',
        input: { ...text, 'platform.$': source.platform },
        timeoutSeconds: STEP_TIMEOUTS.text,
      },
    },
    { resultPath: '$.steps.copy', next },
  );
}
