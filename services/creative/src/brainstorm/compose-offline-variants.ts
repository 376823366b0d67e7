import {
  FORMAT_PLATFORMS,
  IDEA_FORMATS,
  type IdeaFormat,
  type IdeaVariant,
  type SocialPlatform,
  VARIANT_CHANGES,
  type ValidBrainstormInput,
} from '@contentflow/events';
import { goalFit } from '../ideas/compose-offline-ideas.ts';
import { ARCHETYPES, type Archetype } from '../ideas/idea-bank.ts';
import { renderPitch, sentenceCase } from '../ideas/pitch.ts';
import { offlineExhausted } from '../offline-exhausted.ts';
import { HOOK_STYLES } from './hook-styles.ts';
import type { SourceReading } from './source-idea.ts';
import { VariantScreen } from './variant-screen.ts';

/** What each format does with the same idea, completing a format variant's note. */
const FORMAT_NOTES: Readonly<Record<IdeaFormat, string>> = {
  short: 'As a short: the hook in the first second, one point per cut, under 90 seconds.',
  carousel: 'As a carousel: the hook on the cover, one point per slide, and a summary slide worth saving.',
  thread: 'As a thread: the hook as the first post, one point per post, and a question to close.',
  'long-form': 'As long-form: the full version with examples, for search and for people who want depth.',
};

/** Kinds framed around a problem, and kinds framed around a gain: a brainstorm tries the other side first. */
const PROBLEM_KINDS = new Set(['mistakes', 'myths', 'hot-take', 'troubleshooting']);
const GAIN_KINDS = new Set(['quick-wins', 'roadmap', 'case-study', 'story', 'process']);

/** Where a variant in `format` goes: the idea's own platform when it posts the format, else the first that does. */
function platformFor(format: IdeaFormat, reading: SourceReading): SocialPlatform | undefined {
  const posts = (platform: SocialPlatform) => FORMAT_PLATFORMS[format].includes(platform);
  return posts(reading.idea.platform) && reading.platforms.includes(reading.idea.platform)
    ? reading.idea.platform
    : reading.platforms.find(posts);
}

/**
 * Other kinds of idea on the same subject, best first: those serving the idea's goal, and those framed the other
 * way round from it (a problem-framed idea, by wink's sentiment, gets gain-framed kinds first, and the reverse).
 */
function angleVariants(input: ValidBrainstormInput, reading: SourceReading, mayChangeFormat: boolean): IdeaVariant[] {
  const flipSide = reading.sentiment < 0 ? GAIN_KINDS : PROBLEM_KINDS;
  const score = (archetype: Archetype) =>
    (input.idea.goal ? goalFit(archetype.goals, [input.idea.goal]) : 0) + (flipSide.has(archetype.id) ? 0.5 : 0);
  const kinds = ARCHETYPES.filter((archetype) => archetype !== reading.kind).toSorted((a, b) => score(b) - score(a));
  const words = { subject: reading.subject, who: reading.who, audience: reading.audience };
  // First angles of every kind before the second angles, so the variants spread over kinds.
  const templates = [0, 1].flatMap((index) =>
    kinds.flatMap((archetype) => (archetype.angles[index] ? [[archetype, archetype.angles[index]] as const] : [])),
  );
  return templates.flatMap(([archetype, template]): IdeaVariant[] => {
    const format =
      !mayChangeFormat || archetype.formats.includes(reading.idea.format)
        ? reading.idea.format
        : (archetype.formats.find((candidate) => platformFor(candidate, reading)) ?? reading.idea.format);
    const platform = platformFor(format, reading);
    if (!platform) return [];
    const pitch = renderPitch(template, words, format);
    const flipped = flipSide.has(archetype.id) ? ' It turns the idea’s framing around.' : '';
    return [
      {
        changes: format === reading.idea.format ? ['angle', 'hook'] : ['angle', 'format', 'hook'],
        ...pitch,
        format,
        platform,
        note: `Takes the subject as ${archetype.label}, which serves ${archetype.goals[0]}.${flipped}`,
      },
    ];
  });
}

function formatVariants(reading: SourceReading): IdeaVariant[] {
  return IDEA_FORMATS.filter((format) => format !== reading.idea.format).flatMap((format): IdeaVariant[] => {
    const platform = platformFor(format, reading);
    if (!platform) return [];
    const { title, angle, hook } = reading.idea;
    return [{ changes: ['format'], title, angle, hook, format, platform, note: FORMAT_NOTES[format] }];
  });
}

function hookVariants(reading: SourceReading): IdeaVariant[] {
  const { title, angle, format, platform } = reading.idea;
  return HOOK_STYLES.map((style) => ({
    changes: ['hook'],
    title,
    angle,
    hook: sentenceCase(style.hook({ subject: reading.subject, who: reading.who })),
    format,
    platform,
    note: `Opens with ${style.label}, ${style.why}.`,
  }));
}

/**
 * `creative.brainstorm` offline: variants of the idea taken in turn from each change asked for (another angle from
 * the idea bank on the same subject, the same idea in another format, another opening), skipping any that repeats
 * the idea or an earlier variant.
 */
export function composeOfflineVariants(input: ValidBrainstormInput, reading: SourceReading): IdeaVariant[] {
  const changes = input.changes ?? VARIANT_CHANGES;
  const pools = changes.map((change) =>
    change === 'angle'
      ? angleVariants(input, reading, changes.includes('format'))
      : change === 'format'
        ? formatVariants(reading)
        : hookVariants(reading),
  );
  const screen = new VariantScreen(reading, changes);
  const chosen: IdeaVariant[] = [];
  for (let round = 0; chosen.length < input.count && pools.some((pool) => pool.length > round); round += 1) {
    for (const pool of pools) {
      const variant = pool[round];
      if (variant && chosen.length < input.count && screen.admit(variant)) chosen.push(variant);
    }
  }
  if (chosen.length < input.count) {
    throw offlineExhausted(
      chosen.length,
      `variants of this idea changing its ${changes.join(', ')} on ${reading.platforms.join(', ')}`,
    );
  }
  return chosen;
}
