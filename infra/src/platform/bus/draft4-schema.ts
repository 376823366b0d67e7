/**
 * EventBridge's schema registry takes JSON Schema draft 4; the committed schemas are draft 7. Of the draft-7
 * keywords they use, only `const` and numeric `exclusiveMinimum`/`exclusiveMaximum` mean something else (or
 * nothing) in draft 4, so those are rewritten; everything else carries over unchanged.
 */

type JsonRecord = { [key: string]: unknown };

/** Keywords whose value is a map from names to schemas, not a schema itself. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependencies']);
/** Keywords whose value is instance data, never a schema. */
const DATA_KEYWORDS = new Set(['enum', 'default', 'examples', 'required']);

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function convertSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convertSchema);
  if (!isRecord(node)) return node;
  const out: JsonRecord = {};
  for (const [keyword, value] of Object.entries(node)) {
    if (keyword === 'const') {
      out['enum'] = [value];
    } else if ((keyword === 'exclusiveMinimum' || keyword === 'exclusiveMaximum') && typeof value === 'number') {
      out[keyword === 'exclusiveMinimum' ? 'minimum' : 'maximum'] = value;
      out[keyword] = true;
    } else if (DATA_KEYWORDS.has(keyword)) {
      out[keyword] = value;
    } else if (SCHEMA_MAPS.has(keyword) && isRecord(value)) {
      out[keyword] = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, convertSchema(schema)]));
    } else {
      out[keyword] = convertSchema(value);
    }
  }
  return out;
}

/** The same schema in draft-4 terms, without a `$schema` of its own (it is embedded in an event envelope). */
export function toDraft4(schema: JsonRecord): JsonRecord {
  const { $schema: _draft7, ...rest } = schema;
  return convertSchema(rest) as JsonRecord;
}
