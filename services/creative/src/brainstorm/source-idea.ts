import {
  FORMAT_PLATFORMS,
  formatsOf,
  type IdeaFormat,
  SOCIAL_PLATFORMS,
  type SocialPlatform,
  type ValidBrainstormInput,
} from '@contentflow/events';
import { ARCHETYPES, type Archetype } from '../ideas/idea-bank.ts';
import { sentenceCase } from '../ideas/pitch.ts';
import { readPhrase } from '../language/english-nlp.ts';
import { subjectOf } from '../language/phrase-subject.ts';
import { termsOf } from '../language/terms.ts';
import { HOOK_STYLES } from './hook-styles.ts';

/** The idea a brainstorm starts from, every part filled in. */
export interface SourceIdea {
  title: string;
  angle: string;
  hook: string;
  format: IdeaFormat;
  platform: SocialPlatform;
}

export interface SourceReading {
  idea: SourceIdea;
  /** Where variants may go. */
  platforms: SocialPlatform[];
  subject: string;
  who: string;
  /** The audience as given, or "people". */
  audience: string;
  /** The kind of idea its words mark it as (a list of mistakes, a myth-buster…), if any. */
  kind: Archetype | undefined;
  /** wink's sentiment of the angle: below zero, it is framed around a problem. */
  sentiment: number;
}

/** Titles are cut to this; a title made from a long angle would not read as one. */
const MAX_DERIVED_TITLE = 100;
/** Without an audience, templates speak of people in general rather than invent one. */
const ANYONE = 'people';

/** The kind of idea whose cue words the text uses most; none when it uses none. */
export function kindOf(text: string): Archetype | undefined {
  const terms = termsOf(text);
  let best: { archetype: Archetype; hits: number } | undefined;
  for (const archetype of ARCHETYPES) {
    const hits = archetype.cues.filter((cue) => terms.has(cue)).length;
    if (hits > 0 && (!best || hits > best.hits)) best = { archetype, hits };
  }
  return best?.archetype;
}

/** The first words of a text up to a length, cut between words. */
function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Reads the idea to expand and fills in what it lacks: a format its kind suits (else the first a platform posts),
 * a platform that posts it, a title from the angle's first words, and a question hook.
 */
export function readSourceIdea(input: ValidBrainstormInput): SourceReading {
  const given = input.idea;
  const platforms = [...(input.platforms ?? (given.platform ? [given.platform] : SOCIAL_PLATFORMS))];
  const text = [given.title, given.angle, given.hook].filter(Boolean).join(' ');
  const kind = kindOf(text);
  // A format the idea's own platform posts, or, without one, that some platform asked for posts.
  const fits = (format: IdeaFormat) =>
    given.platform
      ? FORMAT_PLATFORMS[format].includes(given.platform)
      : platforms.some((platform) => FORMAT_PLATFORMS[format].includes(platform));
  const format = given.format ?? kind?.formats.find(fits) ?? formatsOf(given.platform ?? platforms[0]!)[0]!;
  // The format's most native platform among those asked for (YouTube for long-form, TikTok for shorts…).
  const platform =
    given.platform ??
    FORMAT_PLATFORMS[format].find((candidate) => platforms.includes(candidate)) ??
    FORMAT_PLATFORMS[format][0]!;
  const subject = subjectOf(given.title ?? given.angle);
  const who = input.audience ? subjectOf(input.audience) : ANYONE;
  return {
    idea: {
      title: given.title ?? sentenceCase(shortened(given.angle, MAX_DERIVED_TITLE)),
      angle: given.angle,
      hook: given.hook ?? sentenceCase(HOOK_STYLES[0]!.hook({ subject, who })),
      format,
      platform,
    },
    platforms,
    subject,
    who,
    audience: input.audience ?? ANYONE,
    kind,
    sentiment: readPhrase(given.angle).sentiment,
  };
}
