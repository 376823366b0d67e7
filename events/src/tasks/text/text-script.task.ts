import { z } from 'zod';
import { defineTask } from '../define-task.ts';
import {
  audienceSchema,
  callToActionSchema,
  copySourceFields,
  requireTopicOrText,
  TOPIC_OR_TEXT_ERROR,
  toneSchema,
} from './text-fields.ts';
import { SCRIPT_LENGTHS, textScriptOutputSchema } from './text-script.output.ts';

export const scriptInputSchema = z
  .strictObject({
    ...copySourceFields,
    lengthSec: z
      .literal(SCRIPT_LENGTHS, { error: `lengthSec must be one of ${SCRIPT_LENGTHS.join(', ')} (seconds)` })
      .describe('Target length of the video in seconds.'),
    tone: toneSchema.default('friendly'),
    audience: audienceSchema.optional(),
    callToAction: callToActionSchema.optional(),
  })
  .refine(requireTopicOrText, TOPIC_OR_TEXT_ERROR);

export type ScriptInput = z.input<typeof scriptInputSchema>;
export type ValidScriptInput = z.output<typeof scriptInputSchema>;

export const textScriptTask = defineTask({
  engine: 'text',
  task: 'script',
  title: 'Short-video script',
  description:
    'A 15, 30 or 60 second script {hook, beats[], cta} with its estimated spoken duration, a timeline and caption ' +
    'chunks of at most five words; `script` is what video.short takes.',
  input: scriptInputSchema,
  output: textScriptOutputSchema,
  produces: { kind: 'script', mimeType: 'application/json' },
  example: { topic: 'three habits that make sourdough easy', lengthSec: 30, tone: 'friendly' },
});
