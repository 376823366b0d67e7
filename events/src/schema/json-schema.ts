import { z } from 'zod';
import { sortKeysDeep } from '../canonical-json.ts';
import type { AnyEventDefinition } from '../define-event.ts';

/** A draft-7 JSON Schema document as generated (an object at the top level). */
export type JsonSchema = { readonly [keyword: string]: unknown };

/**
 * The JSON Schema (draft-7) of a whole detail, metadata envelope included. `io: 'input'` describes
 * what a producer may send; objects stay open to extra properties so additive changes are compatible.
 */
export function eventJsonSchema(definition: AnyEventDefinition): JsonSchema {
  const generated = z.toJSONSchema(definition.detailSchema, {
    target: 'draft-7',
    io: 'input',
    unrepresentable: 'any',
  });
  return sortKeysDeep({
    ...generated,
    title: definition.name,
    description: definition.description,
    $comment: `source: ${definition.sources.join(' | ')}; detail-type: ${definition.detailType}`,
  }) as JsonSchema;
}

/** Where the committed schema of a definition lives, relative to `events/schemas/`: `job.requested/v1.json`. */
export function schemaFilePath(definition: Pick<AnyEventDefinition, 'detailType' | 'version'>): string {
  return `${definition.detailType.toLowerCase()}/v${definition.version}.json`;
}

/** The committed text: stable key order, two-space indent, trailing newline. */
export function renderJsonSchema(schema: JsonSchema): string {
  return `${JSON.stringify(sortKeysDeep(schema), null, 2)}\n`;
}
