import { analyzeTextInputSchema, MAX_KEYWORD_LENGTH, MAX_TEXT_LENGTH } from '@contentflow/events';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { analyzeText } from './analyze-text.ts';

/** The issues zod reports for `input`, as `path: message` lines. */
function issuesOf(input: unknown): string[] {
  const result = analyzeTextInputSchema.safeParse(input);
  if (result.success) throw new Error('expected the input to be rejected');
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('text', () => {
  test('an empty text is rejected with one clear message', () => {
    expect(issuesOf({ text: '' })).toEqual(['text: text must not be empty or whitespace only']);
  });

  test('a whitespace-only text is rejected the same way', () => {
    expect(issuesOf({ text: ' \n\t\r\n\u00a0 ' })).toEqual(['text: text must not be empty or whitespace only']);
  });

  test('a text over the limit is rejected, naming the limit', () => {
    expect(issuesOf({ text: 'a'.repeat(MAX_TEXT_LENGTH + 1) })).toEqual([
      'text: text must be at most 100,000 characters long',
    ]);
  });

  test('a text exactly at the limit is accepted', () => {
    expect(analyzeTextInputSchema.parse({ text: 'a'.repeat(MAX_TEXT_LENGTH) }).text).toHaveLength(MAX_TEXT_LENGTH);
  });

  test('a missing or non-string text is rejected', () => {
    expect(issuesOf({})).toEqual(['text: text must be a string']);
    expect(issuesOf({ text: 42 })).toEqual(['text: text must be a string']);
  });

  test('a one-character text is accepted as given, surrounding whitespace kept (offsets refer to it)', () => {
    expect(analyzeTextInputSchema.parse({ text: '  x\n' })).toEqual({ text: '  x\n' });
  });
});

describe('keyword', () => {
  test('is optional', () => {
    expect(analyzeTextInputSchema.parse({ text: 'Hello.' })).toEqual({ text: 'Hello.' });
  });

  test('is trimmed', () => {
    expect(analyzeTextInputSchema.parse({ text: 'Hello.', keyword: '  content marketing ' }).keyword).toBe(
      'content marketing',
    );
  });

  test('empty or whitespace only is rejected with one message', () => {
    expect(issuesOf({ text: 'Hello.', keyword: '' })).toEqual([
      'keyword: keyword must not be empty or whitespace only',
    ]);
    expect(issuesOf({ text: 'Hello.', keyword: '   ' })).toEqual([
      'keyword: keyword must not be empty or whitespace only',
    ]);
  });

  test('over the limit is rejected, naming the limit', () => {
    expect(issuesOf({ text: 'Hello.', keyword: 'k'.repeat(MAX_KEYWORD_LENGTH + 1) })).toEqual([
      'keyword: keyword must be at most 100 characters long',
    ]);
  });

  test('without a letter or digit is rejected: it could never be a keyword', () => {
    expect(issuesOf({ text: 'Hello.', keyword: '!?' })).toEqual([
      'keyword: keyword must contain at least one letter or digit',
    ]);
  });
});

test('analyzeText validates its input and throws the ZodError', () => {
  expect(() => analyzeText({ text: '   ' })).toThrow(z.ZodError);
  expect(() => analyzeText({ text: '   ' })).toThrow('text must not be empty or whitespace only');
});
