import { textAnalyzeTask } from '@contentflow/events';
import { analyzeText } from '@contentflow/text';
import { describe, expect, it } from 'vitest';
import { analysisReport } from './analysis-report.ts';

/** A `text.analyze` result, trimmed to what the report reads, with the engine's SEO section. */
const analysis = {
  counts: { words: 120, sentences: 8 },
  readingTime: { seconds: 30 },
  readability: { fleschReadingEase: 72.4, fleschKincaidGrade: 6.81 },
  sentiment: { score: 4, comparative: 0.35, label: 'positive' },
  keywords: [
    { term: 'creator', count: 5, density: 4.17 },
    { term: 'post', count: 3, density: 2.5 },
  ],
  keyphrases: [{ phrase: 'content plan', count: 2, density: 3.33 }],
  keyword: {
    keyword: 'ContentFlow',
    occurrences: 3,
    density: 2.5,
    inFirstSentence: true,
    inFirstParagraph: true,
    inLastParagraph: false,
  },
  language: 'eng',
  seo: {
    score: 64,
    checks: [{ status: 'good' }, { status: 'improve' }, { status: 'problem' }],
    suggestions: ['Add a meta description.', 'Use the keyword in a subheading.'],
  },
};

describe('analysisReport', () => {
  it('leads with the scores, each with its reading', () => {
    expect(analysisReport(analysis)?.scores).toEqual([
      { label: 'SEO score', value: '64', hint: 'out of 100', tone: 'warning' },
      { label: 'Reading ease', value: '72', hint: 'Fairly easy (Flesch, 0–100)', tone: 'success' },
      { label: 'Grade level', value: '6.8', hint: 'Flesch–Kincaid U.S. school grade', tone: 'neutral' },
      { label: 'Sentiment', value: 'Positive', hint: '+0.35 on a −1 to +1 scale', tone: 'success' },
      { label: 'Reading time', value: '30 s', hint: '120 words · 8 sentences', tone: 'neutral' },
    ]);
  });

  it('lists keywords and keyphrases with their density', () => {
    const report = analysisReport(analysis);
    expect(report?.keywords).toEqual([
      { term: 'creator', count: 5, density: '4.2 %' },
      { term: 'post', count: 3, density: '2.5 %' },
    ]);
    expect(report?.keyphrases).toEqual([{ term: 'content plan', count: 2, density: '3.3 %' }]);
  });

  it('checks where the focus keyword appears', () => {
    expect(analysisReport(analysis)?.focus).toEqual({
      keyword: 'ContentFlow',
      summary: 'Appears 3 times · 2.5 % of the words',
      checks: [
        { label: 'In the first sentence', passed: true },
        { label: 'In the first paragraph', passed: true },
        { label: 'In the last paragraph', passed: false },
      ],
    });
  });

  it('passes on the engine’s suggestions and how many checks pass', () => {
    const report = analysisReport(analysis);
    expect(report?.suggestions).toEqual(['Add a meta description.', 'Use the keyword in a subheading.']);
    expect(report?.checksSummary).toBe('1 of 3 SEO checks pass');
  });

  it('bands reading ease as Flesch did', () => {
    const ease = (value: number) =>
      analysisReport({ ...analysis, readability: { fleschReadingEase: value, fleschKincaidGrade: 1 } })?.scores[1];
    expect(ease(95)).toMatchObject({ hint: 'Very easy (Flesch, 0–100)', tone: 'success' });
    expect(ease(65)).toMatchObject({ hint: 'Plain English (Flesch, 0–100)', tone: 'info' });
    expect(ease(55)).toMatchObject({ hint: 'Fairly difficult (Flesch, 0–100)', tone: 'warning' });
    expect(ease(-20)).toMatchObject({ value: '-20', hint: 'Very difficult (Flesch, 0–100)', tone: 'danger' });
  });

  it('leaves out what the result does not have: readability of an empty text, a keyword, SEO checks', () => {
    const { keyword: _keyword, seo: _seo, ...plain } = analysis;
    const report = analysisReport({ ...plain, readability: null });
    expect(report?.scores.map((score) => score.label)).toEqual(['Sentiment', 'Reading time']);
    expect(report?.focus).toBeUndefined();
    expect(report?.suggestions).toEqual([]);
    expect(report?.checksSummary).toBeUndefined();
  });

  it('reads what the text engine produces for the task’s example', () => {
    const report = analysisReport(analyzeText(textAnalyzeTask.example));
    expect(report?.focus?.keyword).toBe(textAnalyzeTask.example.keyword);
    expect(report?.scores.map((score) => score.label)).toContain('Reading ease');
  });

  it.each([
    ['another JSON document', { title: 'Launch week', hashtags: ['launch'] }],
    ['a list', [1, 2, 3]],
    ['nothing', null],
  ])('is undefined for %s', (_, json) => {
    expect(analysisReport(json)).toBeUndefined();
  });
});
