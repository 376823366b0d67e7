import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AnyEventDefinition, EVENT_CATALOG, schemaFilePath } from '@contentflow/events';
import { REPO_ROOT } from '../../config/repo-paths.ts';
import { toDraft4 } from './draft4-schema.ts';

/** Where the events package commits its published schemas. */
const COMMITTED_SCHEMAS_DIR = join(REPO_ROOT, 'events', 'schemas');

export interface RegistrySchema {
  /** `contentflow@Job.Requested.v1`. */
  schemaName: string;
  description: string;
  /** A draft-4 JSON Schema of the whole EventBridge event, the committed detail schema inside. */
  content: string;
}

export class MissingSchemaError extends Error {
  override name = 'MissingSchemaError';
}

function committedSchema(definition: AnyEventDefinition): { [key: string]: unknown } {
  const file = join(COMMITTED_SCHEMAS_DIR, schemaFilePath(definition));
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { [key: string]: unknown };
  } catch (error) {
    throw new MissingSchemaError(`${definition.name}: cannot read its committed schema ${file} (run npm run schemas)`, {
      cause: error,
    });
  }
}

/**
 * One registry schema per published event version, from the committed files (what producers were promised),
 * wrapped in the event envelope so code bindings see `source` and `detail-type` too.
 */
export function registrySchemas(catalog: readonly AnyEventDefinition[] = EVENT_CATALOG): RegistrySchema[] {
  return catalog.map((definition) => ({
    schemaName: `contentflow@${definition.detailType}.v${definition.version}`,
    description: definition.description,
    content: JSON.stringify({
      $schema: 'http://json-schema.org/draft-04/schema#',
      title: definition.name,
      description: definition.description,
      type: 'object',
      required: ['source', 'detail-type', 'detail'],
      properties: {
        source: { enum: [...definition.sources] },
        'detail-type': { enum: [definition.detailType] },
        detail: toDraft4(committedSchema(definition)),
      },
    }),
  }));
}
