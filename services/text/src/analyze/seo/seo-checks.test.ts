import type { SeoCheck, SeoCheckId } from '@contentflow/events';
import { analyzeTextInputSchema } from '@contentflow/events';
import { describe, expect, test } from 'vitest';
import { analyzeText } from '../analyze-text.ts';

const FILLER = [
  'Fresh bread makes a kitchen smell warm.',
  'You need flour, water, salt and time.',
  'Mix the dough until it feels soft.',
  'Let it rest while you clean the bowl.',
  'Shape the loaf with wet hands.',
  'Bake it hot so the crust turns brown.',
];

/** Sentences of plain words, about six words each. */
function prose(sentences: number, offset = 0): string {
  return Array.from({ length: sentences }, (_, i) => FILLER[(i + offset) % FILLER.length]).join(' ');
}

function checks(result: ReturnType<typeof analyzeText>): Record<string, SeoCheck['status']> {
  return Object.fromEntries(result.seo.checks.map((check) => [check.id, check.status]));
}

function check(result: ReturnType<typeof analyzeText>, id: SeoCheckId): SeoCheck {
  const found = result.seo.checks.find((item) => item.id === id);
  if (!found) throw new Error(`no ${id} check`);
  return found;
}

const GOOD_ARTICLE = [
  '# Sourdough bread at home, step by step',
  `Sourdough bread is easier than it looks. ${prose(8)}`,
  '## Feeding a sourdough bread starter',
  prose(14, 1),
  '## Baking day',
  `${prose(12, 2)} Good sourdough bread needs patience.`,
  '## Sourdough bread storage',
  prose(14, 3),
].join('\n\n');
const GOOD_META =
  'Sourdough bread at home: feed a starter, mix and shape the dough, and bake a loaf with a brown crust. A plain guide for new bakers.';

describe('a page that follows the guidance scores full marks', () => {
  const result = analyzeText({
    text: GOOD_ARTICLE,
    format: 'markdown',
    keyword: 'sourdough bread',
    metaDescription: GOOD_META,
  });

  test('every check applies and is good', () => {
    expect(result.counts.words).toBeGreaterThanOrEqual(300);
    expect(checks(result)).toEqual({
      'text-length': 'good',
      'title-length': 'good',
      'meta-description-length': 'good',
      'keyword-in-title': 'good',
      'keyword-in-meta-description': 'good',
      'keyword-in-introduction': 'good',
      'keyword-density': 'good',
      'keyword-in-subheadings': 'good',
      'heading-structure': 'good',
      readability: 'good',
      'passive-voice': 'good',
      'sentence-length': 'good',
      'paragraph-length': 'good',
    });
    expect(result.seo).toMatchObject({
      score: 100,
      suggestions: [],
      title: { source: 'h1', characters: 'Sourdough bread at home, step by step'.length },
    });
  });
});

describe('each problem is found, with a concrete suggestion', () => {
  test('a long title given as input, missing the keyword', () => {
    const title = 'An extremely long and rambling title that goes on well past what any search result shows';
    const result = analyzeText({ text: prose(6), title, keyword: 'sourdough' });
    expect(check(result, 'title-length')).toEqual({
      id: 'title-length',
      status: 'problem',
      message: `The title has ${title.length} characters; shorten it to 60 characters or fewer so search results show it whole.`,
    });
    expect(check(result, 'keyword-in-title').status).toBe('problem');
    expect(result.seo.title).toEqual({ text: title, source: 'input', characters: title.length });
  });

  test('the keyword only later in the text, not at the start of the title', () => {
    const result = analyzeText({
      text: `${prose(3)}\n\nSourdough is slow.`,
      title: 'Why we love sourdough',
      keyword: 'sourdough',
    });
    expect(checks(result)).toMatchObject({ 'keyword-in-title': 'improve', 'keyword-in-introduction': 'problem' });
    expect(check(result, 'keyword-in-introduction').message).toBe(
      'Use the keyword "sourdough" in the first paragraph.',
    );
  });

  test('a short meta description without the keyword', () => {
    const result = analyzeText({ text: prose(4), metaDescription: 'Bread tips.', keyword: 'sourdough' });
    expect(check(result, 'meta-description-length')).toMatchObject({
      status: 'problem',
      message: expect.stringContaining('write at least 120'),
    });
    expect(check(result, 'keyword-in-meta-description').status).toBe('problem');
  });

  test('keyword stuffing', () => {
    const result = analyzeText({
      text: 'Sourdough sourdough sourdough. Sourdough is sourdough.',
      keyword: 'sourdough',
    });
    expect(check(result, 'keyword-density')).toMatchObject({
      status: 'problem',
      message: expect.stringContaining('use it less'),
    });
  });

  test('two H1s, a skipped level and a long stretch without a subheading', () => {
    const text = ['# One', prose(3), '# Two', prose(3), '#### Deep', prose(60)].join('\n\n');
    const { message, status } = check(analyzeText({ text, format: 'markdown' }), 'heading-structure');
    expect(status).toBe('improve');
    expect(message).toContain('keep one H1 (there are 2)');
    expect(message).toContain('"Deep" is an H4 under an H1');
    expect(message).toMatch(/break up a stretch of \d+ words with a subheading/);
  });

  test('passive voice', () => {
    const result = analyzeText({ text: 'The report was written. The letters were sent. The house was built. We ate.' });
    expect(check(result, 'passive-voice')).toMatchObject({
      status: 'problem',
      message: '75% of sentences (3) are passive; rewrite some in the active voice to get under 10%.',
    });
  });

  test('long sentences', () => {
    const long = `${prose(1).slice(0, -1)} and then we waited for the dough to rise and rise until it was double in size.`;
    const result = analyzeText({ text: `${long} ${long} Done.` });
    expect(check(result, 'sentence-length')).toMatchObject({
      status: 'problem',
      message: expect.stringContaining('are over 20 words'),
    });
  });

  test('a paragraph over 200 words', () => {
    const result = analyzeText({ text: `${prose(3)}\n\n${prose(40)}` });
    expect(check(result, 'paragraph-length')).toMatchObject({
      status: 'problem',
      message: expect.stringMatching(/^1 paragraph is over 150 words/),
    });
  });

  test('the score is the mean of the checks, and suggestions list problems before improvements', () => {
    const result = analyzeText({ text: prose(3), title: 'Short', keyword: 'bread' });
    const worth = { good: 1, improve: 0.5, problem: 0 } as const;
    const mean = result.seo.checks.reduce((sum, item) => sum + worth[item.status], 0) / result.seo.checks.length;
    expect(result.seo.score).toBe(Math.round(mean * 100));
    const statuses = result.seo.suggestions.map(
      (message) => result.seo.checks.find((item) => item.message === message)!.status,
    );
    expect(statuses).toEqual(statuses.toSorted((a, b) => (a === b ? 0 : a === 'problem' ? -1 : 1)));
  });
});

describe('page context in the input', () => {
  test('title and meta description are trimmed and must hold a letter or digit', () => {
    expect(analyzeTextInputSchema.parse({ text: 'Hi.', title: '  Hello  ' }).title).toBe('Hello');
    expect(analyzeTextInputSchema.safeParse({ text: 'Hi.', metaDescription: '...' }).error?.issues[0]?.message).toBe(
      'metaDescription must contain at least one letter or digit',
    );
  });

  test('an unknown format names the formats', () => {
    expect(analyzeTextInputSchema.safeParse({ text: 'Hi.', format: 'html' }).error?.issues[0]?.message).toBe(
      'format must be one of plain, markdown',
    );
  });
});
