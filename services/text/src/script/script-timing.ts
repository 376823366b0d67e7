import {
  type ScriptCaptionChunk,
  SPEAKING_WORDS_PER_MINUTE,
  type SpokenScript,
  type TextScriptOutput,
} from '@contentflow/events';
import { PAUSE_SECONDS, splitCaptionChunks } from '@contentflow/platform';

const SECONDS_PER_WORD = 60 / SPEAKING_WORDS_PER_MINUTE;

const centiseconds = (seconds: number): number => Math.round(seconds * 100) / 100;

interface ScriptPart {
  readonly part: ScriptCaptionChunk['part'];
  readonly beat?: number;
  readonly text: string;
}

function partsOf(script: SpokenScript): ScriptPart[] {
  return [
    { part: 'hook', text: script.hook },
    ...script.beats.map((beat, index) => ({ part: 'beat' as const, beat: index, text: beat.text })),
    { part: 'cta', text: script.cta },
  ];
}

/**
 * When each part and caption chunk is spoken: the script cut into chunks of at most five words the way the audio
 * engine cuts narration (`splitCaptionChunks`), each lasting its words at the speaking rate plus the pause its
 * boundary takes, one after the other. Each part ends a paragraph, as a narrator breathes between them.
 */
export function timeScript(
  script: SpokenScript,
): Pick<TextScriptOutput, 'estimatedDurationSec' | 'words' | 'timeline' | 'captionChunks'> {
  const timeline: TextScriptOutput['timeline'] = [];
  const captionChunks: ScriptCaptionChunk[] = [];
  let clock = 0;
  let words = 0;
  for (const { part, beat, text } of partsOf(script)) {
    const startSec = clock;
    let partWords = 0;
    for (const chunk of splitCaptionChunks(text)) {
      const chunkStart = clock;
      clock += chunk.words * SECONDS_PER_WORD;
      captionChunks.push({
        text: chunk.text,
        words: chunk.words,
        startSec: centiseconds(chunkStart),
        endSec: centiseconds(clock),
        part,
        ...(beat === undefined ? {} : { beat }),
      });
      clock += PAUSE_SECONDS[chunk.boundary];
      partWords += chunk.words;
    }
    words += partWords;
    timeline.push({
      part,
      ...(beat === undefined ? {} : { beat }),
      startSec: centiseconds(startSec),
      endSec: centiseconds(clock),
      words: partWords,
    });
  }
  return { estimatedDurationSec: centiseconds(clock), words, timeline, captionChunks };
}

/** Words a script of `lengthSec` seconds holds at the speaking rate, leaving a tenth for pauses. */
export function wordBudget(lengthSec: number): number {
  return Math.floor((lengthSec / SECONDS_PER_WORD) * 0.9);
}
