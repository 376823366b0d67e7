/**
 * Writes `src/analyze/cmu-syllable-exceptions.ts`: the dictionary words whose pronounced syllable count differs
 * from `syllable`'s spelling rules (about 10k of 126k). The analyzer keeps only these, not the whole dictionary.
 * Run after upgrading `cmu-pronouncing-dictionary` or `syllable`; a test fails until you do.
 *
 *   node services/text/scripts/generate-syllable-exceptions.ts
 */
import { writeFileSync } from 'node:fs';
import { syllableExceptionsModule } from './syllable-exceptions-module.ts';

const target = new URL('../src/analyze/cmu-syllable-exceptions.ts', import.meta.url);
writeFileSync(target, syllableExceptionsModule());
console.log(`wrote ${target.pathname}`);
