import type { IdeaFormat } from '@contentflow/events';
import { subjectOf } from '../language/phrase-subject.ts';
import { type AngleTemplate, FORMAT_COUNTS, type PitchWords } from './idea-bank.ts';

export interface Pitch {
  title: string;
  angle: string;
  hook: string;
}

/**
 * Sentence case for a filled-in template: the first letter up, unless the word is cased on purpose ("iPhone",
 * "eBay"), which the second letter being upper case gives away.
 */
export function sentenceCase(text: string): string {
  const [first = '', second = ''] = [...text];
  if (second !== second.toLocaleLowerCase('en-US')) return text;
  return first.toLocaleUpperCase('en-US') + text.slice(first.length);
}

/** The words every template of one request is filled with, but the count, which follows the format. */
export function pitchWordsOf(niche: string, audience: string): Omit<PitchWords, 'count'> {
  return { subject: subjectOf(niche), who: subjectOf(audience), audience };
}

/** A template filled in for a format: its count, and the direct hook for video and threads, the teaser else. */
export function renderPitch(template: AngleTemplate, words: Omit<PitchWords, 'count'>, format: IdeaFormat): Pitch {
  const filled = { ...words, count: FORMAT_COUNTS[format] };
  const [direct, teaser] = template.hooks(filled);
  return {
    title: sentenceCase(template.title(filled)),
    angle: sentenceCase(template.angle(filled)),
    hook: sentenceCase(format === 'short' || format === 'thread' ? direct : teaser),
  };
}
