import { z } from 'zod';
import { identifierSchema } from './fields.ts';

/** The metadata every detail carries; consumers' rules match `metadata.version` explicitly. */
export function metadataSchema<V extends string>(version: V) {
  return z
    .object({
      version: z.literal(version).describe('Major version of the contract; rules match it explicitly.'),
      id: z.uuid().describe('Unique id of this event (UUID v7, time-sortable).'),
      correlationId: identifierSchema.describe('Shared by every event of one business flow (e.g. one job).'),
      causationId: z.uuid().nullable().describe('Id of the event that caused this one; null for the first event.'),
      tenantId: identifierSchema.describe('Tenant (creator account) the event belongs to.'),
      occurredAt: z.iso.datetime().describe('When the producer created the event (ISO 8601, UTC).'),
    })
    .describe('Envelope metadata.');
}

/** `detail = { metadata, data }` for one event version. */
export function detailSchema<V extends string, D extends z.ZodObject>(version: V, data: D) {
  return z.object({ metadata: metadataSchema(version), data });
}

export type EventMetadata = z.output<ReturnType<typeof metadataSchema<string>>>;

/** The parts of a parent event that a caused event inherits; pass the parent's `metadata`. */
export type CausingEvent = Pick<EventMetadata, 'id' | 'correlationId' | 'tenantId'>;
