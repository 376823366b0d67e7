import type { Idea, IdeaFormat, SocialPlatform } from '@contentflow/events';
import type { PastItem } from '../history/content-history.port.ts';
import { type HistoryProfile, pitchTermsOf } from '../history/history-profile.ts';
import { termsOf } from '../language/terms.ts';
import { jaccard, NEAR_DUPLICATE_THRESHOLD, withoutShared } from '../similarity/near-duplicates.ts';

export interface IdeaPlacementRequest {
  niche: string;
  audience: string;
  platforms: readonly SocialPlatform[];
  formats?: readonly IdeaFormat[] | undefined;
}

export interface IdeaScreening {
  /** In the order offered. */
  kept: Idea[];
  repeats: { index: number; of: PastItem }[];
  /** `of`: the index of the earlier idea it duplicates. */
  duplicates: { index: number; of: number }[];
  misplaced: { index: number; field: 'platform' | 'format'; message: string }[];
}

/**
 * Sorts offered ideas into kept and left out: outside the platforms or formats asked for, a repeat of the tenant's
 * history, or a near-duplicate of an earlier idea: the Jaccard index of their angle-and-hook terms, the niche's and
 * audience's own words left out, at the threshold or above.
 */
export function screenIdeas(
  ideas: readonly Idea[],
  request: IdeaPlacementRequest,
  profile: HistoryProfile,
): IdeaScreening {
  const screening: IdeaScreening = { kept: [], repeats: [], duplicates: [], misplaced: [] };
  const shared = termsOf(`${request.niche} ${request.audience}`);
  const kept: { index: number; own: ReadonlySet<string> }[] = [];
  for (const [index, idea] of ideas.entries()) {
    if (!request.platforms.includes(idea.platform)) {
      const message = `platform must be one of ${request.platforms.join(', ')}`;
      screening.misplaced.push({ index, field: 'platform', message });
      continue;
    }
    if (request.formats && !request.formats.includes(idea.format)) {
      screening.misplaced.push({
        index,
        field: 'format',
        message: `format must be one of ${request.formats.join(', ')}`,
      });
      continue;
    }
    const terms = pitchTermsOf(idea);
    const repeated = profile.repeatOf(terms);
    if (repeated) {
      screening.repeats.push({ index, of: repeated });
      continue;
    }
    const own = withoutShared(terms.pitch, shared);
    const earlier = kept.find((other) => jaccard(other.own, own) >= NEAR_DUPLICATE_THRESHOLD);
    if (earlier) {
      screening.duplicates.push({ index, of: earlier.index });
      continue;
    }
    kept.push({ index, own });
    screening.kept.push(idea);
  }
  return screening;
}

/** Best-performing format and platform first (the tenant's engagement), otherwise in the order offered. */
export function rankByPerformance(ideas: readonly Idea[], profile: HistoryProfile): Idea[] {
  return ideas.toSorted((a, b) => profile.lean(b.format, b.platform) - profile.lean(a.format, a.platform));
}
