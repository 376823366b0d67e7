import { describe, expect, test } from 'vitest';
import { STYLE_PRESETS } from '../styles/video-styles.ts';
import { buildAssSubtitles, escapeAssText } from './ass-subtitles.ts';

const dialogues = (script: string): string[] => script.split('\n').filter((line) => line.startsWith('Dialogue:'));

describe('buildAssSubtitles', () => {
  test('one Dialogue per cue at the cue’s times, in centiseconds', () => {
    const script = buildAssSubtitles({
      width: 1080,
      height: 1920,
      fontName: 'Montserrat ExtraBold',
      look: STYLE_PRESETS.clean.captions.vertical,
      cues: [
        { text: 'Start small.', startSec: 0.35, endSec: 1.914 },
        { text: 'Then grow.', startSec: 61.5, endSec: 3725.006 },
      ],
    });
    expect(script).toContain('PlayResX: 1080\nPlayResY: 1920');
    expect(script).toMatch(/^Style: Caption,Montserrat ExtraBold,64,&H00FFFFFF,/m);
    expect(dialogues(script)).toEqual([
      'Dialogue: 0,0:00:00.35,0:00:01.91,Caption,,0,0,0,,Start small.',
      'Dialogue: 0,0:01:01.50,1:02:05.01,Caption,,0,0,0,,Then grow.',
    ]);
  });

  test('karaoke looks split the cue’s time over its words, longer words longer, to the centisecond', () => {
    const script = buildAssSubtitles({
      width: 1080,
      height: 1920,
      fontName: 'Montserrat ExtraBold',
      look: STYLE_PRESETS.bold.captions.vertical,
      cues: [{ text: 'a b extraordinary', startSec: 0, endSec: 1 }],
    });
    const line = dialogues(script)[0]!;
    expect(line.endsWith('{\\k11}A {\\k11}B {\\k78}EXTRAORDINARY')).toBe(true);
    // Spoken words turn from the text colour (secondary) to the highlight (primary).
    expect(script).toMatch(/^Style: Caption,Montserrat ExtraBold,76,&H003FD2FF,&H00FFFFFF,/m);
  });
});

describe('escapeAssText', () => {
  test('braces and backslashes stay literal text; line breaks become spaces', () => {
    expect(escapeAssText('C:\\New {bold}\nline')).toBe('C:\\\u2060New \\{bold\\} line');
  });
});
