import {
  type FocusKeyword,
  type Heading,
  META_DESCRIPTION_RANGE,
  type Readability,
  type SeoCheck,
  type SeoCheckId,
  type SeoCheckStatus,
  type TextStyle,
  TITLE_LENGTH_RANGE,
} from '@contentflow/events/text-analysis';
import { keywordIndex, startsWithKeyword } from './keyword-match.ts';

/** What the checks look at, gathered by the analyzer. */
export interface SeoFacts {
  readonly words: number;
  /** Words in each paragraph. */
  readonly paragraphWords: readonly number[];
  readonly readability: Readability | null;
  readonly style: TextStyle;
  readonly keyword?: FocusKeyword;
  /** Whether the keyword is in the introduction: the first paragraph that is not a heading. */
  readonly keywordInIntroduction?: boolean;
  readonly title?: { readonly text: string };
  readonly metaDescription?: string;
  /** Markdown only: its headings, and the words before the first heading and under each. */
  readonly outline?: { readonly headings: readonly Heading[]; readonly sectionWords: readonly number[] };
}

/** Yoast SEO's thresholds for English, where a check follows one of its assessments. */
const GOOD_TEXT_WORDS = 300;
const SHORT_TEXT_WORDS = 200;
const KEYWORD_DENSITY = { low: 0.5, high: 3, excessive: 4 };
const SUBHEADING_KEYWORD_SHARE = { min: 0.3, max: 0.75 };
const MAX_SECTION_WORDS = 300;
const FLESCH = { good: 60, fair: 50 };
const PASSIVE_PERCENT = { good: 10, fair: 15 };
const LONG_SENTENCE_PERCENT = { good: 25, fair: 30 };
const PARAGRAPH_WORDS = { good: 150, fair: 200 };
const TOLERANCE = 10;

type Check = (facts: SeoFacts) => SeoCheck | undefined;

const check = (id: SeoCheckId, status: SeoCheckStatus, message: string): SeoCheck => ({ id, status, message });
const chars = (text: string): number => [...text].length;
const quoted = (text: string): string => `"${text}"`;

const textLength: Check = ({ words }) => {
  if (words >= GOOD_TEXT_WORDS) return check('text-length', 'good', `The text has ${words} words: enough to rank.`);
  return check(
    'text-length',
    words >= SHORT_TEXT_WORDS ? 'improve' : 'problem',
    `The text has ${words} words; write at least ${GOOD_TEXT_WORDS} so search engines have enough to rank.`,
  );
};

const titleLength: Check = ({ title }) => {
  if (!title) return undefined;
  const length = chars(title.text);
  const { min, max } = TITLE_LENGTH_RANGE;
  if (length >= min && length <= max) return check('title-length', 'good', `The title has ${length} characters.`);
  const near = length >= min - TOLERANCE && length <= max + TOLERANCE;
  const advice =
    length > max
      ? `shorten it to ${max} characters or fewer so search results show it whole`
      : `lengthen it to at least ${min} characters to use the space a search result gives it`;
  return check('title-length', near ? 'improve' : 'problem', `The title has ${length} characters; ${advice}.`);
};

const metaDescriptionLength: Check = ({ metaDescription }) => {
  if (metaDescription === undefined) return undefined;
  const length = chars(metaDescription);
  const { min, max } = META_DESCRIPTION_RANGE;
  if (length >= min && length <= max) {
    return check('meta-description-length', 'good', `The meta description has ${length} characters.`);
  }
  const near = length >= min - 50 && length <= max + 14;
  const advice = length > max ? `cut it to ${max} or fewer: search engines truncate the rest` : `write at least ${min}`;
  return check(
    'meta-description-length',
    near ? 'improve' : 'problem',
    `The meta description has ${length} characters; ${advice}.`,
  );
};

const keywordInTitle: Check = ({ keyword, title }) => {
  if (!keyword || !title) return undefined;
  const name = quoted(keyword.keyword);
  if (startsWithKeyword(title.text, keyword.keyword)) {
    return check('keyword-in-title', 'good', `The title opens with the keyword ${name}.`);
  }
  if (keywordIndex(title.text, keyword.keyword) >= 0) {
    return check('keyword-in-title', 'improve', `Move the keyword ${name} to the start of the title.`);
  }
  return check('keyword-in-title', 'problem', `Put the keyword ${name} in the title, ideally at its start.`);
};

const keywordInMetaDescription: Check = ({ keyword, metaDescription }) => {
  if (!keyword || metaDescription === undefined) return undefined;
  const name = quoted(keyword.keyword);
  return keywordIndex(metaDescription, keyword.keyword) >= 0
    ? check('keyword-in-meta-description', 'good', `The meta description holds the keyword ${name}.`)
    : check('keyword-in-meta-description', 'problem', `Use the keyword ${name} in the meta description.`);
};

const keywordInIntroduction: Check = ({ keyword, keywordInIntroduction: found }) => {
  if (!keyword) return undefined;
  const name = quoted(keyword.keyword);
  return found
    ? check('keyword-in-introduction', 'good', `The first paragraph holds the keyword ${name}.`)
    : check('keyword-in-introduction', 'problem', `Use the keyword ${name} in the first paragraph.`);
};

const keywordDensity: Check = ({ keyword }) => {
  if (!keyword) return undefined;
  const { density, occurrences } = keyword;
  const name = quoted(keyword.keyword);
  const found = `The keyword ${name} occurs ${occurrences} time${occurrences === 1 ? '' : 's'} (density ${density}%)`;
  const range = `${KEYWORD_DENSITY.low}–${KEYWORD_DENSITY.high}%`;
  if (occurrences === 0)
    return check('keyword-density', 'problem', `The keyword ${name} does not occur in the text; aim for ${range}.`);
  if (density < KEYWORD_DENSITY.low)
    return check('keyword-density', 'improve', `${found}; use it more, aiming for ${range}.`);
  if (density <= KEYWORD_DENSITY.high) return check('keyword-density', 'good', `${found}.`);
  return check(
    'keyword-density',
    density <= KEYWORD_DENSITY.excessive ? 'improve' : 'problem',
    `${found}; use it less, aiming for ${range}: more reads as stuffing.`,
  );
};

const keywordInSubheadings: Check = ({ keyword, outline }) => {
  const subheadings = outline?.headings.filter((heading) => heading.level >= 2) ?? [];
  if (!keyword || subheadings.length === 0) return undefined;
  const name = quoted(keyword.keyword);
  const holding = subheadings.filter((heading) => keywordIndex(heading.text, keyword.keyword) >= 0).length;
  const share = holding / subheadings.length;
  const found = `${holding} of ${subheadings.length} subheadings hold the keyword ${name}`;
  if (holding === 0) return check('keyword-in-subheadings', 'problem', `${found}; use it in some of them.`);
  if (share < SUBHEADING_KEYWORD_SHARE.min) {
    return check('keyword-in-subheadings', 'improve', `${found}; use it in about a third to three quarters of them.`);
  }
  if (share > SUBHEADING_KEYWORD_SHARE.max) {
    return check('keyword-in-subheadings', 'improve', `${found}; vary some of them, or they read as stuffed.`);
  }
  return check('keyword-in-subheadings', 'good', `${found}.`);
};

const headingStructure: Check = ({ outline }) => {
  if (!outline) return undefined;
  const { headings, sectionWords } = outline;
  const problems: string[] = [];
  const h1s = headings.filter((heading) => heading.level === 1).length;
  if (h1s > 1) problems.push(`keep one H1 (there are ${h1s})`);
  const skipped = headings.find((heading, index) => index > 0 && heading.level > headings[index - 1]!.level + 1);
  if (skipped)
    problems.push(
      `do not skip a level: ${quoted(skipped.text)} is an H${skipped.level} under an H${headings[headings.indexOf(skipped) - 1]!.level}`,
    );
  const longest = Math.max(0, ...sectionWords);
  if (longest > MAX_SECTION_WORDS)
    problems.push(`break up a stretch of ${longest} words with a subheading (at most ${MAX_SECTION_WORDS})`);
  if (problems.length === 0)
    return check('heading-structure', 'good', `The ${headings.length} headings are well nested and spread.`);
  return check('heading-structure', 'improve', `Headings: ${problems.join('; ')}.`);
};

const readabilityCheck: Check = ({ readability }) => {
  if (!readability) return undefined;
  const ease = readability.fleschReadingEase;
  if (ease >= FLESCH.good) return check('readability', 'good', `Flesch reading ease is ${ease}: easy to read.`);
  return check(
    'readability',
    ease >= FLESCH.fair ? 'improve' : 'problem',
    `Flesch reading ease is ${ease}; aim for ${FLESCH.good} or more with shorter sentences and words.`,
  );
};

const passiveVoice: Check = ({ style }) => {
  const { percent, sentences } = style.passiveVoice;
  if (percent <= PASSIVE_PERCENT.good) return check('passive-voice', 'good', `${percent}% of sentences are passive.`);
  return check(
    'passive-voice',
    percent <= PASSIVE_PERCENT.fair ? 'improve' : 'problem',
    `${percent}% of sentences (${sentences}) are passive; rewrite some in the active voice to get under ${PASSIVE_PERCENT.good}%.`,
  );
};

const sentenceLength: Check = ({ style }) => {
  const { percent, count, thresholdWords } = style.longSentences;
  if (percent <= LONG_SENTENCE_PERCENT.good) {
    return check('sentence-length', 'good', `${percent}% of sentences are over ${thresholdWords} words.`);
  }
  return check(
    'sentence-length',
    percent <= LONG_SENTENCE_PERCENT.fair ? 'improve' : 'problem',
    `${percent}% of sentences (${count}) are over ${thresholdWords} words; split some to get under ${LONG_SENTENCE_PERCENT.good}%.`,
  );
};

const paragraphLength: Check = ({ paragraphWords }) => {
  const longest = Math.max(0, ...paragraphWords);
  if (longest <= PARAGRAPH_WORDS.good) return check('paragraph-length', 'good', 'No paragraph is over 150 words.');
  const over = paragraphWords.filter((words) => words > PARAGRAPH_WORDS.good).length;
  return check(
    'paragraph-length',
    longest <= PARAGRAPH_WORDS.fair ? 'improve' : 'problem',
    `${over} paragraph${over === 1 ? ' is' : 's are'} over ${PARAGRAPH_WORDS.good} words (the longest ${longest}); split ${over === 1 ? 'it' : 'them'}.`,
  );
};

/** In the order they are listed in the result. */
export const SEO_CHECKS: readonly Check[] = [
  textLength,
  titleLength,
  metaDescriptionLength,
  keywordInTitle,
  keywordInMetaDescription,
  keywordInIntroduction,
  keywordDensity,
  keywordInSubheadings,
  headingStructure,
  readabilityCheck,
  passiveVoice,
  sentenceLength,
  paragraphLength,
];
