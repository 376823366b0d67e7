import { z } from 'zod';
import { defineEvent, type EventData } from '../define-event.ts';
import { engineSchema, identifierSchema, kebabNameSchema, workflowStepSchema } from '../fields.ts';
import { ENGINE_SOURCES } from '../sources.ts';

/** The model providers of the architecture; `openai` is any OpenAI-compatible endpoint (Ollama, llama.cpp). */
export const PROVIDERS = ['offline', 'bedrock', 'openai', 'polly'] as const;

/**
 * S3-safe key characters in `/`-separated segments, with no empty, `.` or `..` segment, so a key can
 * never escape the blob store's root when the local adapter maps it to a file path.
 */
const blobKeySchema = z
  .string()
  .max(1024)
  .regex(
    /^(?!\.\.?(?:\/|$))(?!.*\/\.\.?(?:\/|$))[A-Za-z0-9!_.*'()-]+(?:\/[A-Za-z0-9!_.*'()-]+)*$/,
    'Expected a relative blob key of safe characters without empty, "." or ".." segments',
  );

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
