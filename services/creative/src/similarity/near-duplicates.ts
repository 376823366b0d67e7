/**
 * Two texts whose content-word sets overlap this much (Jaccard index) make the same point in other words. Measured
 * on the idea bank: rewordings of one idea score 0.6 and up; different ideas for one request at most 0.35 once the
 * request's own words (niche, audience) are left out, as every idea shares them (near-duplicates.test.ts).
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

/**
 * |A ∩ B| / |A ∪ B|; two empty sets are alike. Exact, over every pair: at 20 ideas against a few hundred past items
 * that is microseconds, so MinHash's estimate would buy nothing here.
 */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const term of small) if (large.has(term)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** The terms of `terms` that are not in `shared`: what sets a text apart from others on the same request. */
export function withoutShared(terms: ReadonlySet<string>, shared: ReadonlySet<string>): Set<string> {
  return new Set([...terms].filter((term) => !shared.has(term)));
}
