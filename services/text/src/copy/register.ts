import type { Register } from './tones.ts';

/** Contractions and their spelled-out forms, for moving copy between registers. */
const CONTRACTIONS: ReadonlyArray<readonly [string, string]> = [
  ['do not', "don't"],
  ['does not', "doesn't"],
  ['did not', "didn't"],
  ['is not', "isn't"],
  ['are not', "aren't"],
  ['was not', "wasn't"],
  ['were not', "weren't"],
  ['have not', "haven't"],
  ['has not', "hasn't"],
  ['had not', "hadn't"],
  ['will not', "won't"],
  ['would not', "wouldn't"],
  ['should not', "shouldn't"],
  ['could not', "couldn't"],
  ['cannot', "can't"],
  ['it is', "it's"],
  ['that is', "that's"],
  ['there is', "there's"],
  ['we are', "we're"],
  ['you are', "you're"],
  ['they are', "they're"],
  ['I am', "I'm"],
  ['I will', "I'll"],
  ['you will', "you'll"],
  ['we will', "we'll"],
  ['they will', "they'll"],
  ['let us', "let's"],
];

const APOSTROPHES = /['’]/g;

function pattern(phrase: string, followedByWord: boolean): RegExp {
  const words = phrase.replace(APOSTROPHES, "['’]").split(' ').join('\\s+');
  // "as it is." must not become "as it's.": a contraction needs a word after it.
  const after = followedByWord ? '(?=\\s+[\\p{L}\\p{N}])' : '(?![\\p{L}\\p{N}])';
  return new RegExp(`(?<![\\p{L}\\p{N}'’])${words}${after}`, 'giu');
}

function matchCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

const TO_INFORMAL = CONTRACTIONS.map(([full, short]) => ({ pattern: pattern(full, true), replacement: short }));
const TO_FORMAL = CONTRACTIONS.map(([full, short]) => ({ pattern: pattern(short, false), replacement: full }));

/**
 * Moves a text to a register: contracts ("do not" → "don't") for informal copy, spells out ("won't" → "will not")
 * for formal copy, keeping a capital at a sentence start. Returns the text and how many phrases changed.
 */
export function applyRegister(text: string, register: Register): { text: string; changed: number } {
  let changed = 0;
  let result = text;
  for (const { pattern: search, replacement } of register === 'informal' ? TO_INFORMAL : TO_FORMAL) {
    result = result.replace(search, (match) => {
      changed += 1;
      return matchCase(match, replacement);
    });
  }
  return { text: result, changed };
}
