import { z } from 'zod';
import { defineEvent, type EventData } from '../define-event.ts';
import { blobKeySchema, engineSchema, identifierSchema, kebabNameSchema, workflowStepSchema } from '../fields.ts';
import { ENGINE_SOURCES } from '../sources.ts';

/** The model providers of the architecture; `openai` is any OpenAI-compatible endpoint (Ollama, llama.cpp). */
export const PROVIDERS = ['offline', 'bedrock', 'openai', 'polly'] as const;

export const contentGeneratedV1 = defineEvent({
  source: ENGINE_SOURCES,
  detailType: 'Content.Generated',
  version: '1',
  description: 'An engine stored a piece of content (blobs written, metadata saved) for a job.',
  producer: 'the engine that made the content',
  data: z.object({
    jobId: identifierSchema,
    contentId: identifierSchema,
    kind: kebabNameSchema.describe('What was made, e.g. thumbnail, voiceover, short-video, captions.'),
    blobs: z
      .array(
        z.object({
          key: blobKeySchema,
          mimeType: z
            .string()
            .regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/, 'Expected a lower-case type/subtype')
            .describe('e.g. image/png, video/mp4, audio/wav, application/json.'),
          bytes: z.int().nonnegative(),
        }),
      )
      .min(1)
      .max(100)
      .describe('The stored files, by reference: payloads never carry media bytes.'),
    generatedBy: z
      .object({
        engine: engineSchema,
        provider: z.enum(PROVIDERS),
        model: z
          .string()
          .min(1)
          .max(256)
          .optional()
          .describe('Model or offline generator id, e.g. amazon.nova-canvas-v1:0, llama3.2, flite.'),
      })
      .describe('Which engine and provider made it: every output says so.'),
    step: workflowStepSchema.optional(),
  }),
});

export type ContentGeneratedV1Data = EventData<typeof contentGeneratedV1>;
