import { describe, expect, it } from 'vitest';
import { capitalize, humanize, splitInlineCode } from './labels.ts';

describe('humanize', () => {
  it.each([
    ['text', 'Text'],
    ['narrationBlobKey', 'Narration blob key'],
    ['durationSec', 'Duration (seconds)'],
    ['fadeOutSec', 'Fade out (seconds)'],
    ['duckDb', 'Duck (dB)'],
    ['bpm', 'BPM'],
    ['backgroundURL', 'Background URL'],
    ['snake_case_name', 'Snake case name'],
    ['text/analysis', 'Text analysis'],
    ['sec', 'Sec'],
  ])('%s → %s', (name, label) => {
    expect(humanize(name)).toBe(label);
  });
});

describe('capitalize', () => {
  it('capitalizes the first letter only', () => {
    expect(capitalize('speaking the narration')).toBe('Speaking the narration');
    expect(capitalize('')).toBe('');
  });
});

describe('splitInlineCode', () => {
  it('marks the backticked parts as code', () => {
    expect(splitInlineCode('File format: `wav` (16-bit PCM) or `mp3`.')).toEqual([
      { text: 'File format: ', code: false },
      { text: 'wav', code: true },
      { text: ' (16-bit PCM) or ', code: false },
      { text: 'mp3', code: true },
      { text: '.', code: false },
    ]);
  });

  it('keeps text with an unpaired backtick as it is', () => {
    expect(splitInlineCode('it`s fine')).toEqual([{ text: 'it`s fine', code: false }]);
  });

  it('gives no run for empty text', () => {
    expect(splitInlineCode('')).toEqual([]);
  });
});
