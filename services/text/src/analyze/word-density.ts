import { roundTo } from './round-to.ts';

/** Share of the text's words, in percent to two decimals, taken by some term's occurrences. */
export function wordDensity(coveredWords: number, totalWords: number): number {
  return totalWords === 0 ? 0 : roundTo((coveredWords / totalWords) * 100, 2);
}
