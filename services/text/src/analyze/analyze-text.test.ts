import { analyzeTextOutputSchema } from '@contentflow/events';
import { describe, expect, test } from 'vitest';
import { analyzeText } from './analyze-text.ts';

/**
 * Published scores from Wikipedia, "Flesch–Kincaid readability tests" (section "Flesch reading ease"
 * and "Flesch–Kincaid grade level"; the Moby-Dick sentence is its reference 9, Melville 1851, ch. 64).
 */
describe('readability matches published figures', () => {
  // Wikipedia gives whole numbers or one decimal, so ±0.5 is its own rounding.
  test('"The cat sat on the mat." scores 116', () => {
    const { readability, counts } = analyzeText({ text: 'The cat sat on the mat.' });
    expect(counts).toMatchObject({ words: 6, sentences: 1, syllables: 6 });
    expect(readability?.fleschReadingEase).toBeCloseTo(116, 0);
  });

  test('"This sentence, taken as a reading passage unto itself, …" has a readability of 69', () => {
    const text = 'This sentence, taken as a reading passage unto itself, is being used to prove a point.';
    expect(analyzeText({ text }).readability?.fleschReadingEase).toBeCloseTo(69, 0);
  });

  test('the platypus sentence: 13 words, 24 syllables, reading ease 37.5, grade 11.3', () => {
    const text = 'The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.';
    const { counts, readability } = analyzeText({ text });
    // Counts are published exactly; they need the dictionary's shorter "Aus-tral-ian" and "rep-til-ian".
    expect(counts).toMatchObject({ words: 13, sentences: 1, syllables: 24 });
    expect(Math.abs(readability!.fleschReadingEase - 37.5)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(readability!.fleschKincaidGrade - 11.3)).toBeLessThanOrEqual(0.05);
  });

  test('the pangram "Cwm fjord-bank glyphs vext quiz." scores 100 and grade 0.52', () => {
    // A hyphenated word is one word (5 words, not 6), with the syllables of both parts.
    const { counts, readability } = analyzeText({ text: 'Cwm fjord-bank glyphs vext quiz.' });
    expect(counts).toMatchObject({ words: 5, syllables: 6 });
    expect(readability?.fleschReadingEase).toBeCloseTo(100, 0);
    expect(readability?.fleschKincaidGrade).toBeCloseTo(0.52, 2);
  });

  test('the long Moby-Dick sentence about sharks scores −146.77', () => {
    const text =
      'Though amid all the smoking horror and diabolism of a sea-fight, sharks will be seen longingly gazing up to ' +
      'the ship’s decks, like hungry dogs round a table where red meat is being carved, ready to bolt down every ' +
      'killed man that is tossed to them; and though, while the valiant butchers over the deck-table are thus ' +
      'cannibally carving each other’s live meat with carving-knives all gilded and tasselled, the sharks, also, ' +
      'with their jewel-hilted mouths, are quarrelsomely carving away under the table at the dead meat; and ' +
      'though, were you to turn the whole affair upside down, it would still be pretty much the same thing, that ' +
      'is to say, a shocking sharkish business enough for all parties; and though sharks also are the invariable ' +
      'outriders of all slave ships crossing the Atlantic, systematically trotting alongside, to be handy in case ' +
      'a parcel is to be carried anywhere, or a dead slave to be decently buried; and though one or two other ' +
      'like instances might be set down, touching the set terms, places, and occasions, when sharks do most ' +
      'socially congregate, and most hilariously feast; yet is there no conceivable time or occasion when you ' +
      'will find them in such countless numbers, and in gayer or more jovial spirits, than around a dead sperm ' +
      'whale, moored by night to a whaleship at sea.';
    const { counts, readability } = analyzeText({ text });
    expect(counts.sentences).toBe(1);
    // One sentence of 224 words: each syllable moves the score by 84.6/224 ≈ 0.38 and each word by ≈1.6.
    // Counters differ on rare words ("cannibally", "quarrelsomely") and on hyphenated compounds; ±5 allows
    // about a dozen syllables or three words of disagreement over 1,300 characters.
    expect(Math.abs(readability!.fleschReadingEase - -146.77)).toBeLessThanOrEqual(5);
  });
});

/**
 * Published Coleman–Liau figures: CS50x (Harvard University), Problem Set 2, "Readability", which gives each text's
 * letters, words and sentences and its grade, the index rounded to a whole number.
 */
describe('Coleman–Liau matches published figures', () => {
  test('Dr. Seuss: 65 letters, 14 words, 4 sentences, grade 3', () => {
    const text = "Congratulations! Today is your day. You're off to Great Places! You're off and away!";
    const { counts, readability } = analyzeText({ text });
    expect(counts).toMatchObject({ words: 14, sentences: 4 });
    expect(Math.round(readability!.colemanLiauIndex)).toBe(3);
    // 0.0588 × (65 / 14 × 100) − 0.296 × (4 / 14 × 100) − 15.8: the published letter count, exactly.
    expect(readability!.colemanLiauIndex).toBeCloseTo(0.0588 * ((65 / 14) * 100) - 0.296 * ((4 / 14) * 100) - 15.8, 2);
  });

  test('Harry Potter: 214 letters, 56 words, 4 sentences, grade 5', () => {
    const text =
      'Harry Potter was a highly unusual boy in many ways. For one thing, he hated the summer holidays more than any ' +
      'other time of year. For another, he really wanted to do his homework, but was forced to do it in secret, in ' +
      'the dead of the night. And he also happened to be a wizard.';
    const { counts, readability } = analyzeText({ text });
    expect(counts).toMatchObject({ words: 56, sentences: 4 });
    expect(Math.round(readability!.colemanLiauIndex)).toBe(5);
    expect(readability!.colemanLiauIndex).toBeCloseTo(0.0588 * ((214 / 56) * 100) - 0.296 * ((4 / 56) * 100) - 15.8, 2);
  });
});

describe('counts', () => {
  test('words and syllables follow Flesch: contractions, hyphenated words, abbreviations, figures count once', () => {
    const text =
      "Hello there! I can't believe it's well-known.\n\nMr. Smith paid $10 for 3.5 kg — a bargain.\n" +
      'Second line, same paragraph.';
    expect(analyzeText({ text }).counts).toEqual({
      // Hello there I can't believe it's well-known | Mr. Smith paid $10 for 3.5 kg a bargain | Second line same paragraph
      words: 7 + 9 + 4,
      // "Mr." does not end a sentence; the single line break after "bargain." sits after a full stop anyway.
      sentences: 4,
      paragraphs: 2,
      characters: text.length,
      charactersExcludingSpaces: text.replace(/\s/g, '').length,
      // "Mr." (abbreviation), "$10" and "3.5" (figures) count one syllable each; the dash is no word.
      syllables: 2 + 1 + 1 + 1 + 2 + 1 + 2 + (1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 2) + (2 + 1 + 1 + 3),
    });
  });

  test('a blank line ends a sentence even without punctuation, as after a heading', () => {
    expect(analyzeText({ text: 'Introduction\n\nBody text here.' }).counts).toMatchObject({
      words: 4,
      sentences: 2,
      paragraphs: 2,
    });
  });

  test('paragraphs split on blank lines in any line-ending style, whitespace-only lines included', () => {
    expect(analyzeText({ text: 'One.\r\n\r\nTwo.\r\n  \t\r\nThree.\rFour.\r\rFive.' }).counts).toMatchObject({
      words: 5,
      sentences: 5,
      paragraphs: 4,
    });
  });

  test('a hard-wrapped paragraph stays one sentence', () => {
    expect(analyzeText({ text: 'This sentence was wrapped\nby an editor at forty columns.' }).counts).toMatchObject({
      words: 10,
      sentences: 1,
      paragraphs: 1,
    });
  });

  test('characters are code points: an emoji counts once', () => {
    expect(analyzeText({ text: 'Go 🚀 now' }).counts).toMatchObject({
      words: 2,
      characters: 8,
      charactersExcludingSpaces: 6,
    });
  });

  test('a text without a letter or digit has no words, sentences, paragraphs or readability', () => {
    const result = analyzeText({ text: '!!! 🎉 ---' });
    expect(result.counts).toMatchObject({ words: 0, sentences: 0, paragraphs: 0, syllables: 0 });
    expect(result.readability).toBeNull();
    expect(result.readingTime).toEqual({ wordsPerMinute: 238, minutes: 0, seconds: 0 });
  });
});

test('reading time is words at 238 per minute', () => {
  const text = Array.from({ length: 595 }, () => 'word').join(' ');
  expect(analyzeText({ text }).readingTime).toEqual({ wordsPerMinute: 238, minutes: 2.5, seconds: 150 });
});

test('the other formulas are computed from the same counts', () => {
  const text = 'The cat sat on the mat. The dog sat on the log.';
  const { readability } = analyzeText({ text });
  // 12 words, 2 sentences, 12 syllables, 34 letters, no word of three syllables or more.
  expect(readability).toEqual({
    fleschReadingEase: 116.15,
    fleschKincaidGrade: -1.45,
    automatedReadabilityIndex: roundTo2(4.71 * (34 / 12) + 0.5 * (12 / 2) - 21.43),
    colemanLiauIndex: roundTo2(0.0588 * ((34 / 12) * 100) - 0.296 * ((2 / 12) * 100) - 15.8),
    smogIndex: roundTo2(3.1291),
    averageWordsPerSentence: 6,
    averageSyllablesPerWord: 1,
  });
});

test('the result satisfies the output schema, with the keyword section only when asked', () => {
  const text = 'Content marketing builds trust with readers. Readers return to sites they trust.';
  const without = analyzeText({ text });
  expect(analyzeTextOutputSchema.parse(without)).toEqual(without);
  expect(without).not.toHaveProperty('keyword');
  const withKeyword = analyzeText({ text, keyword: 'trust' });
  expect(analyzeTextOutputSchema.parse(withKeyword)).toEqual(withKeyword);
  expect(withKeyword.keyword?.occurrences).toBe(2);
});

function roundTo2(value: number): number {
  return Math.round(value * 100) / 100;
}
