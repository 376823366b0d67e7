import { z } from 'zod';

export type JsonValue = z.infer<ReturnType<typeof z.json>>;
export type JsonObject = { [key: string]: JsonValue };

/** A JSON object (job input, content metadata): the shape stored in JSON columns and documents. */
export const jsonObjectSchema: z.ZodType<JsonObject> = z.record(z.string(), z.json());
