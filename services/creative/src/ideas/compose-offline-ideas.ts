import { createHash } from 'node:crypto';
import {
  type ContentGoal,
  FORMAT_PLATFORMS,
  IDEA_FORMATS,
  type Idea,
  type IdeaFormat,
  type SocialPlatform,
  type ValidIdeasInput,
} from '@contentflow/events';
import { type HistoryProfile, type PitchTerms, pitchTermsOf } from '../history/history-profile.ts';
import { termsOf } from '../language/terms.ts';
import { offlineExhausted } from '../offline-exhausted.ts';
import { jaccard, NEAR_DUPLICATE_THRESHOLD, withoutShared } from '../similarity/near-duplicates.ts';
import { type CalendarMoment, momentOf } from './calendar-moments.ts';
import { followUpTemplate } from './follow-up.ts';
import { type AngleTemplate, ARCHETYPES } from './idea-bank.ts';
import { type Pitch, pitchWordsOf, renderPitch } from './pitch.ts';
import { followUpReason, whyNowOf } from './why-now.ts';

/** Scoring weights: goal fit counts most (0–1); the rest tilt the choice among ideas that fit. */
const MOMENT_BONUS = 0.3;
const SEASONAL_BONUS = 0.4;
const FOLLOW_UP_BONUS = 0.6;
/** A per-niche tie-break, so two niches with the same goals do not get the same kinds of idea in the same order. */
const JITTER = 0.1;
const FORMAT_FIT = [0.5, 0.35, 0.2] as const;
/** Per doubling of engagement against the tenant's mean. */
const LEAN_WEIGHT = 0.5;
/** Spread: a second idea of the same kind, format or platform must be that much better to be picked. */
const SAME_KIND_PENALTY = 0.6;
const SAME_FORMAT_PENALTY = 0.15;
const SAME_PLATFORM_PENALTY = 0.1;

interface Variant {
  key: string;
  kind: string;
  goals: readonly ContentGoal[];
  formats: readonly IdeaFormat[];
  template: AngleTemplate;
  bonus: number;
  /** Its own why-now, when it has one. */
  timely?: string;
}

interface Rendered {
  pitch: Pitch;
  terms: PitchTerms;
  /** Angle-and-hook terms without the request's own words, for near-duplicate checks. */
  own: ReadonlySet<string>;
}

interface Candidate {
  variant: Variant;
  base: number;
  renderings: ReadonlyMap<IdeaFormat, Rendered>;
}

interface Choice {
  candidate: Candidate;
  format: IdeaFormat;
  platform: SocialPlatform;
  rendered: Rendered;
  score: number;
}

export interface IdeaPlan {
  input: ValidIdeasInput;
  /** `YYYY-MM-DD`: the day the ideas are for. */
  date: string;
  profile: HistoryProfile;
}

export interface OfflineIdeas {
  ideas: Idea[];
  repeatsAvoided: number;
  duplicatesRemoved: number;
}

/**
 * How well a kind of idea serves the goals asked for, 0–1: each goal asked weighs 1/(its rank), and counts fully
 * when it is the kind's first goal, a fifth less for each place lower.
 */
export function goalFit(served: readonly ContentGoal[], wanted: readonly ContentGoal[]): number {
  let total = 0;
  let weights = 0;
  for (const [rank, goal] of wanted.entries()) {
    const weight = 1 / (rank + 1);
    weights += weight;
    const place = served.indexOf(goal);
    if (place >= 0) total += weight * (1 - 0.2 * place);
  }
  return weights === 0 ? 0 : total / weights;
}

/** Every (format, platform) the request allows. */
export function allowedPlacements(
  platforms: readonly SocialPlatform[],
  formats: readonly IdeaFormat[] = IDEA_FORMATS,
): { format: IdeaFormat; platform: SocialPlatform }[] {
  return formats.flatMap((format) =>
    platforms
      .filter((platform) => FORMAT_PLATFORMS[format].includes(platform))
      .map((platform) => ({ format, platform })),
  );
}

/** The goal an idea is for: of the goals asked, the one its kind serves best; else its kind's own first goal. */
function goalOf(variant: Variant, wanted: readonly ContentGoal[]): ContentGoal {
  return variant.goals.find((goal) => wanted.includes(goal)) ?? variant.goals[0]!;
}

function jitter(niche: string, key: string): number {
  return (createHash('sha1').update(`${niche}\n${key}`).digest().readUInt32BE(0) / 2 ** 32) * JITTER;
}

function variantsFor(moment: CalendarMoment, profile: HistoryProfile): Variant[] {
  const bank = ARCHETYPES.flatMap((archetype) =>
    archetype.angles.map((template, index): Variant => {
      const favoured = moment.favours.includes(archetype.id);
      return {
        key: `${archetype.id}.${index}`,
        kind: archetype.id,
        goals: archetype.goals,
        formats: archetype.formats,
        template,
        bonus: favoured ? MOMENT_BONUS : 0,
        ...(favoured ? { timely: moment.reason } : {}),
      };
    }),
  );
  const seasonal: Variant = {
    key: 'seasonal',
    kind: 'seasonal',
    goals: ['awareness', 'engagement', 'followers'],
    formats: ['short', 'carousel', 'long-form'],
    template: moment.seasonal,
    bonus: SEASONAL_BONUS,
    timely: moment.reason,
  };
  // One follow-up, to the best post: follow-ups share their wording, so a second would read as a near-duplicate.
  const followUps = profile.winners.slice(0, 1).map(
    ({ item, rate, relative }): Variant => ({
      key: 'follow-up',
      kind: 'follow-up',
      goals: ['engagement', 'followers', 'community'],
      formats: item.format ? [item.format] : [],
      template: followUpTemplate(item.title),
      bonus: FOLLOW_UP_BONUS,
      timely: followUpReason(item.title, rate, relative),
    }),
  );
  return [...followUps, seasonal, ...bank];
}

/**
 * `creative.ideas` offline: the idea bank (eighteen kinds of idea, two angles each), the month's seasonal idea and
 * a follow-up to the tenant's best post, filled in with the niche's subject and the audience. Ideas that repeat the
 * tenant's history are dropped, near-duplicates too; the rest are picked one at a time by goal fit, format fit,
 * the tenant's engagement by format and platform, and spread over kinds, formats and platforms.
 */
export function composeOfflineIdeas(plan: IdeaPlan): OfflineIdeas {
  const { input, profile } = plan;
  const words = pitchWordsOf(input.niche, input.audience);
  const placements = allowedPlacements(input.platforms, input.formats);
  const formats = [...new Set(placements.map(({ format }) => format))];
  const shared = termsOf(`${input.niche} ${input.audience}`);

  let repeatsAvoided = 0;
  const fresh: Candidate[] = [];
  for (const variant of variantsFor(momentOf(plan.date), profile)) {
    const renderings = new Map(
      formats.map((format) => {
        const pitch = renderPitch(variant.template, words, format);
        const terms = pitchTermsOf(pitch);
        return [format, { pitch, terms, own: withoutShared(terms.pitch, shared) }] as const;
      }),
    );
    if ([...renderings.values()].some(({ terms }) => profile.repeatOf(terms))) {
      repeatsAvoided += 1;
      continue;
    }
    const base = goalFit(variant.goals, input.goals) + variant.bonus + jitter(input.niche, variant.key);
    fresh.push({ variant, base, renderings });
  }

  let duplicatesRemoved = 0;
  const distinct: Candidate[] = [];
  for (const candidate of fresh.toSorted((a, b) => b.base - a.base)) {
    const own = candidate.renderings.get(formats[0]!)!.own;
    if (distinct.some((kept) => jaccard(own, kept.renderings.get(formats[0]!)!.own) >= NEAR_DUPLICATE_THRESHOLD)) {
      duplicatesRemoved += 1;
      continue;
    }
    distinct.push(candidate);
  }
  if (distinct.length < input.count) throw exhausted(input, distinct.length, repeatsAvoided);

  const chosen: Choice[] = [];
  while (chosen.length < input.count) {
    const next = bestChoice(distinct, chosen, placements, profile);
    if (!next) throw exhausted(input, chosen.length, repeatsAvoided);
    chosen.push(next);
  }
  return {
    ideas: chosen.map(({ candidate: { variant }, format, platform, rendered }) => {
      const goal = goalOf(variant, input.goals);
      return {
        ...rendered.pitch,
        format,
        platform,
        goal,
        whyNow: whyNowOf({ ...(variant.timely ? { timely: variant.timely } : {}), format, platform, goal, profile }),
      };
    }),
    repeatsAvoided,
    duplicatesRemoved,
  };
}

function exhausted(input: ValidIdeasInput, available: number, repeatsAvoided: number) {
  const history = repeatsAvoided > 0 ? `, ${repeatsAvoided} more set aside as repeats of your history` : '';
  return offlineExhausted(available, `ideas for "${input.niche}" on these platforms and formats${history}`);
}

/** The best next pick: highest score after the spread penalties, never close to an idea already picked. */
function bestChoice(
  candidates: readonly Candidate[],
  chosen: readonly Choice[],
  placements: readonly { format: IdeaFormat; platform: SocialPlatform }[],
  profile: HistoryProfile,
): Choice | undefined {
  const count = (test: (choice: Choice) => boolean) => chosen.filter(test).length;
  let best: Choice | undefined;
  for (const candidate of candidates) {
    if (chosen.some((choice) => choice.candidate === candidate)) continue;
    const kindPenalty = SAME_KIND_PENALTY * count((choice) => choice.candidate.variant.kind === candidate.variant.kind);
    for (const [format, rendered] of candidate.renderings) {
      const close = chosen.some((choice) => jaccard(choice.rendered.own, rendered.own) >= NEAR_DUPLICATE_THRESHOLD);
      if (close) continue;
      const place = candidate.variant.formats.indexOf(format);
      const formatFit = place >= 0 ? (FORMAT_FIT[place] ?? 0) : 0;
      for (const placement of placements) {
        if (placement.format !== format) continue;
        const { platform } = placement;
        const score =
          candidate.base +
          formatFit +
          LEAN_WEIGHT * Math.log2(profile.lean(format, platform)) -
          kindPenalty -
          SAME_FORMAT_PENALTY * count((choice) => choice.format === format) -
          SAME_PLATFORM_PENALTY * count((choice) => choice.platform === platform);
        if (!best || score > best.score) best = { candidate, format, platform, rendered, score };
      }
    }
  }
  return best;
}
