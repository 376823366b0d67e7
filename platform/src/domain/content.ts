import { z } from 'zod';
import { isBlobKeyOfTenant } from './blob-key.ts';
import { idSchema, newId } from './ids.ts';
import { type JsonObject, jsonObjectSchema } from './json.ts';

export interface ContentProvider {
  /** The engine that produced it, e.g. `text`. */
  engine: string;
  /** What did the work: `offline`, `bedrock`, `openai-compatible`, `polly`… */
  provider: string;
  model?: string;
}

export interface Content {
  id: string;
  tenantId: string;
  jobId: string;
  /** The producer's name for this output within its job (e.g. a step key); with jobId it identifies a delivery. */
  producerKey: string;
  /** `<family>/<what>`, e.g. `text/analysis`, `image/thumbnail`. */
  kind: string;
  mimeType: string;
  blobKey: string;
  bytes: number;
  title?: string;
  /** Scores, dimensions, duration…: whatever describes this kind of content. */
  metadata: JsonObject;
  provider: ContentProvider;
  createdAt: string;
}

export const newContentSchema = z
  .object({
    tenantId: idSchema,
    jobId: idSchema,
    producerKey: z.string().min(1).max(255),
    kind: z.string().regex(/^[a-z0-9-]+\/[a-z0-9.+-]+$/, 'a kind is `<family>/<what>` in lower case'),
    mimeType: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/, 'a MIME type is `<type>/<subtype>`'),
    blobKey: z.string(),
    bytes: z.int().nonnegative(),
    title: z.string().max(500).optional(),
    metadata: jsonObjectSchema.default({}),
    provider: z.object({
      engine: z.string().min(1).max(64),
      provider: z.string().min(1).max(64),
      model: z.string().min(1).max(200).optional(),
    }),
  })
  // A record must never point at another tenant's blob: the API serves blobs by the record's key.
  .refine((content) => isBlobKeyOfTenant(content.blobKey, content.tenantId), {
    message: "blobKey must be a valid key under the content's tenant",
    path: ['blobKey'],
  });

export type NewContent = z.input<typeof newContentSchema>;

export function buildContent(input: NewContent, now: Date): Content {
  const { title, provider, ...rest } = newContentSchema.parse(input);
  return {
    id: newId(),
    ...rest,
    ...(title === undefined ? {} : { title }),
    provider: {
      engine: provider.engine,
      provider: provider.provider,
      ...(provider.model === undefined ? {} : { model: provider.model }),
    },
    createdAt: now.toISOString(),
  };
}
