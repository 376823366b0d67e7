import { describe, expect, test } from 'vitest';
import { joinUnits, textUnits } from './text-units.ts';

const texts = (text: string) => textUnits(text).map((unit) => unit.text);

describe('textUnits', () => {
  test('spaced scripts break only at whitespace, punctuation stays with its word', () => {
    expect(texts('Hello, world! (Really) “quoted” don’t')).toEqual([
      'Hello,',
      'world!',
      '(Really)',
      '“quoted”',
      'don’t',
    ]);
    expect(textUnits('a  b').map((unit) => unit.spaceBefore)).toEqual([false, true]);
  });

  test('Chinese and Japanese break between words, never before a closing mark or after an opening one', () => {
    const units = texts('我们今天学习。「東京」に行きます');
    expect(units.length).toBeGreaterThan(3);
    expect(units.join('')).toBe('我们今天学习。「東京」に行きます');
    expect(units.some((unit) => unit.startsWith('。') || unit.startsWith('」'))).toBe(false);
    expect(units.some((unit) => unit.endsWith('「'))).toBe(false);
    expect(textUnits('我们今天').every((unit) => !unit.spaceBefore)).toBe(true);
  });

  test('Thai, written without spaces, breaks between its words', () => {
    expect(texts('สวัสดีครับทุกคน').length).toBeGreaterThan(1);
  });

  test('emoji stay with the word they touch and joinUnits restores the text', () => {
    expect(texts('tips🔥 for you 🎉')).toEqual(['tips🔥', 'for', 'you', '🎉']);
    expect(joinUnits(textUnits('tips🔥 for you 🎉'))).toBe('tips🔥 for you 🎉');
    expect(joinUnits(textUnits('日本語 and 中文'))).toBe('日本語 and 中文');
  });
});
