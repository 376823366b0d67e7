import type { Seo, SeoCheckStatus } from '@contentflow/events/text-analysis';
import { SEO_CHECKS, type SeoFacts } from './seo-checks.ts';

const WORTH: Readonly<Record<SeoCheckStatus, number>> = { good: 1, improve: 0.5, problem: 0 };
const SEVERITY: Readonly<Record<SeoCheckStatus, number>> = { problem: 0, improve: 1, good: 2 };

export interface SeoTitle {
  readonly text: string;
  readonly source: 'input' | 'h1';
}

/** Runs the checks that apply and scores them: the mean worth of each (good 1, improve ½, problem 0) × 100. */
export function seoOf(facts: SeoFacts & { title?: SeoTitle }): Seo {
  const checks = SEO_CHECKS.flatMap((check) => check(facts) ?? []);
  const score = Math.round((100 * checks.reduce((sum, { status }) => sum + WORTH[status], 0)) / checks.length);
  const suggestions = checks
    .filter(({ status }) => status !== 'good')
    .toSorted((a, b) => SEVERITY[a.status] - SEVERITY[b.status])
    .map(({ message }) => message);
  const { title } = facts;
  return {
    score,
    ...(title ? { title: { text: title.text, source: title.source, characters: [...title.text].length } } : {}),
    checks,
    suggestions,
  };
}
