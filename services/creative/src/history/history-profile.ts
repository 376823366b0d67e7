import type { IdeaFormat, IdeaPerformance } from '@contentflow/events';
import { termsOf } from '../language/terms.ts';
import { jaccard, NEAR_DUPLICATE_THRESHOLD } from '../similarity/near-duplicates.ts';
import type { PastItem } from './content-history.port.ts';

/** Items a format or platform needs before its figures sway anything: one good post is luck. */
export const MIN_EVIDENCE = 2;
/** Items with engagement before any single one is called a winner. */
const MIN_ITEMS_FOR_WINNERS = 3;
/** A winner did at least this much better than the tenant's mean. */
const WINNER_RELATIVE = 1.25;
const MAX_WINNERS = 3;
/** How far history can tilt a choice either way: twice as likely, or half. */
const LEAN_MIN = 0.5;
const LEAN_MAX = 2;

/** A pitch's terms, compared with the past: its title, and its angle with its hook. */
export interface PitchTerms {
  title: ReadonlySet<string>;
  pitch: ReadonlySet<string>;
}

export interface Winner {
  item: PastItem & { title: string };
  rate: number;
  relative: number;
}

interface ReadItem {
  item: PastItem;
  title: ReadonlySet<string> | undefined;
  pitch: ReadonlySet<string> | undefined;
  rate: number | undefined;
}

export function pitchTermsOf(pitch: { title: string; angle: string; hook: string }): PitchTerms {
  return { title: termsOf(pitch.title), pitch: termsOf(`${pitch.angle} ${pitch.hook}`) };
}

/** Interactions per reach over every platform the item was seen on. */
function rateOf(item: PastItem): number | undefined {
  const reach = item.engagement.reduce((sum, { reach }) => sum + reach, 0);
  if (reach <= 0) return undefined;
  return item.engagement.reduce((sum, { interactions }) => sum + interactions, 0) / reach;
}

const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
const clampLean = (relative: number | undefined): number =>
  relative === undefined ? 1 : Math.min(LEAN_MAX, Math.max(LEAN_MIN, relative));
const round = (value: number, digits: number): number => Number(value.toFixed(digits));

/** Mean rate per group, relative to the mean over every unit, for groups with enough units. */
function performanceOf(dimension: IdeaPerformance['dimension'], units: ReadonlyArray<[string, number]>) {
  if (units.length === 0) return [];
  const overall = mean(units.map(([, rate]) => rate));
  if (overall <= 0) return [];
  const groups = Map.groupBy(units, ([value]) => value);
  return [...groups].flatMap(([value, group]): IdeaPerformance[] => {
    if (group.length < MIN_EVIDENCE) return [];
    const rate = mean(group.map(([, unitRate]) => unitRate));
    return [
      { dimension, value, items: group.length, engagementRate: round(rate, 4), relative: round(rate / overall, 2) },
    ];
  });
}

/**
 * What a tenant's history says to the idea tasks: which past items a pitch would repeat, and, from engagement, which
 * formats and platforms did better than the tenant's own mean (interactions per view, per item).
 */
export class HistoryProfile {
  readonly items: readonly PastItem[];
  readonly itemsWithEngagement: number;
  /** Best first. */
  readonly performance: readonly IdeaPerformance[];
  /** Past items that did clearly better than the mean, best first. */
  readonly winners: readonly Winner[];
  /** Published (not suggested) items per format, for "you have not made one lately". */
  readonly publishedFormats: ReadonlyMap<IdeaFormat, number>;
  readonly publishedCount: number;
  readonly #read: readonly ReadItem[];
  readonly #relative: ReadonlyMap<string, number>;

  constructor(items: readonly PastItem[]) {
    this.items = items;
    this.#read = items.map((item) => ({
      item,
      title: item.title === undefined ? undefined : termsOf(item.title),
      pitch: item.angle && item.hook ? termsOf(`${item.angle} ${item.hook}`) : undefined,
      rate: rateOf(item),
    }));
    const rated = this.#read.filter((read): read is ReadItem & { rate: number } => read.rate !== undefined);
    this.itemsWithEngagement = rated.length;
    const formatUnits = rated.flatMap(({ item, rate }): [string, number][] =>
      item.format ? [[item.format, rate]] : [],
    );
    const platformUnits = rated.flatMap(({ item }) =>
      item.engagement.map(({ platform, reach, interactions }): [string, number] => [platform, interactions / reach]),
    );
    this.performance = [...performanceOf('format', formatUnits), ...performanceOf('platform', platformUnits)].toSorted(
      (a, b) => b.relative - a.relative,
    );
    this.#relative = new Map(this.performance.map((entry) => [`${entry.dimension}:${entry.value}`, entry.relative]));
    this.winners = this.#winners(rated);
    const published = items.filter((item) => !item.kind.startsWith('creative/'));
    this.publishedCount = published.length;
    this.publishedFormats = new Map(
      [
        ...Map.groupBy(
          published.filter((item) => item.format),
          (item) => item.format!,
        ),
      ].map(([format, group]) => [format, group.length]),
    );
  }

  /** How the format and platform did against the tenant's mean, as a weight from ½ to 2 (1: no evidence). */
  lean(format: IdeaFormat, platform: string): number {
    return clampLean(this.#relative.get(`format:${format}`)) * clampLean(this.#relative.get(`platform:${platform}`));
  }

  relativeOf(dimension: IdeaPerformance['dimension'], value: string): IdeaPerformance | undefined {
    return this.performance.find((entry) => entry.dimension === dimension && entry.value === value);
  }

  /** The past item a pitch repeats: a title, or an angle with its hook, that says the same in other words. */
  repeatOf(terms: PitchTerms): PastItem | undefined {
    const threshold = NEAR_DUPLICATE_THRESHOLD;
    return this.#read.find(
      (read) =>
        (read.title && jaccard(terms.title, read.title) >= threshold) ||
        (read.pitch && jaccard(terms.pitch, read.pitch) >= threshold),
    )?.item;
  }

  #winners(rated: ReadonlyArray<ReadItem & { rate: number }>): Winner[] {
    if (rated.length < MIN_ITEMS_FOR_WINNERS) return [];
    const overall = mean(rated.map(({ rate }) => rate));
    if (overall <= 0) return [];
    return rated
      .flatMap(({ item, rate }): Winner[] =>
        item.title !== undefined && rate / overall >= WINNER_RELATIVE
          ? [{ item: { ...item, title: item.title }, rate, relative: round(rate / overall, 2) }]
          : [],
      )
      .toSorted((a, b) => b.rate - a.rate)
      .slice(0, MAX_WINNERS);
  }
}
