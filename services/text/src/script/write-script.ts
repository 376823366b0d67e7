import {
  SPEAKING_WORDS_PER_MINUTE,
  spokenScriptSchema,
  type TextScriptOutput,
  type ValidScriptInput,
} from '@contentflow/events';
import type { TextGenerator } from '@contentflow/platform';
import { wordCount } from '../copy/fit-text.ts';
import { generationFieldsOf } from '../copy/generation.ts';
import { copywriterSystem, requestLines, sourceBlock } from '../copy/prompt-parts.ts';
import { sourceFactsOf } from '../copy/source-facts.ts';
import { scoresOf } from '../copy/text-scores.ts';
import { composeScript } from './compose-script.ts';
import { timeScript, wordBudget } from './script-timing.ts';

/** A script may run a fifth over its budget before it is sent back: the estimate itself is approximate. */
const OVERRUN = 1.2;
/** The least a hook and beats need, however long the caller's call to action. */
const MIN_SPOKEN_WORDS = 20;

/** Words over every part of a script. */
export function scriptWords(script: { hook: string; beats: ReadonlyArray<{ text: string }>; cta: string }): number {
  return [script.hook, ...script.beats.map((beat) => beat.text), script.cta].reduce(
    (sum, part) => sum + wordCount(part),
    0,
  );
}

/** The script structure, held to the length's word budget (stretched to fit a long call to action the caller chose). */
function scriptDraftSchema(lengthSec: number, callToAction: string | undefined) {
  const allowed = Math.floor(
    Math.max(wordBudget(lengthSec), wordCount(callToAction ?? '') + MIN_SPOKEN_WORDS) * OVERRUN,
  );
  return spokenScriptSchema.superRefine((script, ctx) => {
    const words = scriptWords(script);
    if (words > allowed) {
      ctx.addIssue({
        code: 'custom',
        message: `the script has ${words} words; a ${lengthSec}-second script holds at most ${allowed}`,
      });
    }
  });
}

/** `text.script`: a short-video script with its spoken timing and caption chunks, ready for video.short. */
export async function writeScript(
  input: ValidScriptInput,
  writer: TextGenerator,
  signal: AbortSignal,
): Promise<TextScriptOutput> {
  const facts = sourceFactsOf(input);
  const answer = await writer.generate({
    system: copywriterSystem(
      `Write a ${input.lengthSec}-second vertical video script: a hook that stops the scroll, short spoken beats ` +
        `(each with a headline of a few words for the screen), and a call to action. About ${wordBudget(input.lengthSec)} ` +
        `words in all, spoken at ${SPEAKING_WORDS_PER_MINUTE} words a minute.`,
      input.tone,
    ),
    messages: [
      {
        role: 'user',
        content: [
          requestLines({
            lengthSec: input.lengthSec,
            topic: input.topic,
            audience: input.audience,
            callToAction: input.callToAction,
          }),
          ...(input.text ? [sourceBlock(input.text)] : []),
        ].join('\n\n'),
      },
    ],
    schema: scriptDraftSchema(input.lengthSec, input.callToAction),
    schemaName: 'script',
    schemaDescription: 'hook, beats and call to action',
    maxTokens: 800,
    signal,
    offline: () => composeScript(input, facts),
  });
  const script = answer.object;
  const spoken = [script.hook, ...script.beats.map((beat) => beat.text), script.cta].join('\n\n');
  return {
    script,
    lengthSec: input.lengthSec,
    ...timeScript(script),
    wordsPerMinute: SPEAKING_WORDS_PER_MINUTE,
    scores: scoresOf(spoken),
    ...generationFieldsOf(answer),
  };
}
