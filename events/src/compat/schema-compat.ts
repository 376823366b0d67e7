import { jsonEqual } from '../canonical-json.ts';

/**
 * Classifies the differences between a published JSON Schema (draft-7, as zod generates it) and a
 * candidate for the same event version.
 *
 * The rule is that of many independently deployed consumers which validate strictly and ignore unknown
 * fields: the set of valid details of a published version never changes, except that an optional field
 * may appear. Narrowing breaks consumers reading events already published (archive, replay, slow
 * producers); widening breaks consumers built against the published version, which reject values they
 * have never seen. Either way it is a new version. Anything the checker cannot reason about counts as
 * breaking, so a gap in it fails loudly rather than letting a change through.
 */

export type SchemaChangeKind =
  | 'field-removed'
  | 'field-added-required'
  | 'field-added-optional'
  | 'optional-to-required'
  | 'required-to-optional'
  | 'type-narrowed'
  | 'type-widened'
  | 'values-narrowed'
  | 'values-widened'
  | 'range-tightened'
  | 'range-relaxed'
  | 'constraint-changed'
  | 'additional-properties-tightened'
  | 'additional-properties-loosened'
  | 'union-member-removed'
  | 'union-member-added'
  | 'annotation-changed'
  | 'unsupported-change';

export interface SchemaChange {
  readonly kind: SchemaChangeKind;
  readonly breaking: boolean;
  /** Where in the instance, e.g. `detail.data.blobs[].key`; `.*` is an additional property, `[]` an item. */
  readonly path: string;
  readonly message: string;
}

type Schema = { readonly [keyword: string]: unknown };

const ANNOTATIONS = new Set(['title', 'description', '$comment', '$schema', 'examples', 'default', 'readOnly']);
const LOWER_BOUNDS = new Set(['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties']);
const UPPER_BOUNDS = new Set(['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties']);
/** Keywords whose every change alters the accepted set in a way not worth ranking. */
const EXACT_CONSTRAINTS = new Set(['pattern', 'format', 'multipleOf', 'uniqueItems']);
const STRUCTURAL = new Set([
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'anyOf',
  'oneOf',
]);

/** Every difference between `published` and `candidate`; compatible only if none is `breaking`. */
export function compareSchemas(published: unknown, candidate: unknown, rootPath = '(root)'): SchemaChange[] {
  const changes: SchemaChange[] = [];
  compareNode(asSchema(published), asSchema(candidate), rootPath, changes);
  return changes;
}

function compareNode(before: Schema, after: Schema, path: string, out: SchemaChange[]): void {
  const beforeMembers = unionMembers(before);
  const afterMembers = unionMembers(after);
  if (beforeMembers !== undefined || afterMembers !== undefined) {
    compareUnion(beforeMembers ?? [before], afterMembers ?? [after], path, out);
    // A schema that gained or lost its union was compared as a whole, as a one-member union.
    if (beforeMembers === undefined || afterMembers === undefined) return;
    if ('anyOf' in before !== 'anyOf' in after) {
      out.push(breaking('unsupported-change', path, 'union switched between anyOf and oneOf'));
    }
  }
  compareType(before, after, path, out);
  compareValues(before, after, path, out);
  compareObject(before, after, path, out);
  compareItems(before, after, path, out);
  compareOtherKeywords(before, after, path, out);
}

function compareType(before: Schema, after: Schema, path: string, out: SchemaChange[]): void {
  const was = typeSet(before);
  const now = typeSet(after);
  if (was === undefined && now === undefined) return;
  if (was === undefined) {
    out.push(breaking('type-narrowed', path, `type restricted to ${now!.join('|')}`));
    return;
  }
  if (now === undefined) {
    out.push(breaking('type-widened', path, `type no longer restricted (was ${was.join('|')})`));
    return;
  }
  const lost = was.filter((type) => !typeCovers(now, type));
  const gained = now.filter((type) => !typeCovers(was, type));
  if (lost.length > 0) out.push(breaking('type-narrowed', path, `type narrowed: ${was.join('|')} → ${now.join('|')}`));
  if (gained.length > 0) out.push(breaking('type-widened', path, `type widened: ${was.join('|')} → ${now.join('|')}`));
}

function compareValues(before: Schema, after: Schema, path: string, out: SchemaChange[]): void {
  const was = allowedValues(before);
  const now = allowedValues(after);
  if (was === undefined && now === undefined) return;
  if (was === undefined) {
    out.push(breaking('values-narrowed', path, `now restricted to ${listValues(now!)}`));
    return;
  }
  if (now === undefined) {
    out.push(breaking('values-widened', path, `no longer restricted to ${listValues(was)}`));
    return;
  }
  const lost = was.filter((value) => !now.some((other) => jsonEqual(value, other)));
  const gained = now.filter((value) => !was.some((other) => jsonEqual(value, other)));
  if (lost.length > 0) out.push(breaking('values-narrowed', path, `no longer accepts ${listValues(lost)}`));
  if (gained.length > 0) {
    out.push(
      breaking('values-widened', path, `now also accepts ${listValues(gained)}; consumers of this version reject it`),
    );
  }
}

function compareObject(before: Schema, after: Schema, path: string, out: SchemaChange[]): void {
  const beforeProperties = schemaRecord(before['properties']);
  const afterProperties = schemaRecord(after['properties']);
  const beforeRequired = stringSet(before['required']);
  const afterRequired = stringSet(after['required']);
  const closedBefore = before['additionalProperties'] === false;

  for (const [name, beforeProperty] of Object.entries(beforeProperties)) {
    const fieldPath = `${path}.${name}`;
    const afterProperty = afterProperties[name];
    if (afterProperty === undefined) {
      out.push(breaking('field-removed', fieldPath, 'field removed'));
      continue;
    }
    compareNode(asSchema(beforeProperty), asSchema(afterProperty), fieldPath, out);
    if (!beforeRequired.has(name) && afterRequired.has(name)) {
      out.push(breaking('optional-to-required', fieldPath, 'optional field became required'));
    }
    if (beforeRequired.has(name) && !afterRequired.has(name)) {
      out.push(breaking('required-to-optional', fieldPath, 'required field became optional; consumers rely on it'));
    }
  }

  for (const name of Object.keys(afterProperties)) {
    if (name in beforeProperties) continue;
    const fieldPath = `${path}.${name}`;
    if (afterRequired.has(name)) {
      out.push(breaking('field-added-required', fieldPath, 'new required field; events published earlier lack it'));
    } else if (closedBefore) {
      out.push(
        breaking(
          'field-added-optional',
          fieldPath,
          'new field on an object that forbade extra properties; consumers reject it',
        ),
      );
    } else {
      out.push({ kind: 'field-added-optional', breaking: false, path: fieldPath, message: 'new optional field' });
    }
  }

  compareAdditionalProperties(before['additionalProperties'], after['additionalProperties'], path, out);
  if ('propertyNames' in before || 'propertyNames' in after) {
    compareNode(asSchema(before['propertyNames']), asSchema(after['propertyNames']), `${path}{key}`, out);
  }
}

function compareAdditionalProperties(before: unknown, after: unknown, path: string, out: SchemaChange[]): void {
  if (before === false && after !== false) {
    out.push(
      breaking('additional-properties-loosened', path, 'now allows additional properties; consumers reject them'),
    );
  } else if (before !== false && after === false) {
    out.push(breaking('additional-properties-tightened', path, 'additional properties are now forbidden'));
  } else if (before !== undefined || after !== undefined) {
    compareNode(asSchema(before), asSchema(after), `${path}.*`, out);
  }
}

function compareItems(before: Schema, after: Schema, path: string, out: SchemaChange[]): void {
  const was = before['items'];
  const now = after['items'];
  if (was === undefined && now === undefined) return;
  if (Array.isArray(was) || Array.isArray(now)) {
    // Tuples: zod does not generate them for our contracts; any change is unproven.
    if (!jsonEqual(was, now)) out.push(breaking('unsupported-change', `${path}[]`, 'tuple items changed'));
    return;
  }
  compareNode(asSchema(was), asSchema(now), `${path}[]`, out);
}

function compareOtherKeywords(before: Schema, after: Schema, path: string, out: SchemaChange[]): void {
  const keywords = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const keyword of keywords) {
    if (STRUCTURAL.has(keyword)) continue;
    const was = before[keyword];
    const now = after[keyword];
    if (jsonEqual(was, now)) continue;
    if (ANNOTATIONS.has(keyword)) {
      out.push({ kind: 'annotation-changed', breaking: false, path, message: `${keyword} changed` });
    } else if (LOWER_BOUNDS.has(keyword) || UPPER_BOUNDS.has(keyword)) {
      out.push(compareBound(keyword, was, now, path));
    } else if (EXACT_CONSTRAINTS.has(keyword)) {
      out.push(breaking('constraint-changed', path, `${keyword} ${describeEdit(was, now)}`));
    } else {
      out.push(breaking('unsupported-change', path, `${keyword} changed; the checker cannot prove this compatible`));
    }
  }
}

function compareBound(keyword: string, was: unknown, now: unknown, path: string): SchemaChange {
  const lower = LOWER_BOUNDS.has(keyword);
  let tightened: boolean;
  if (typeof was !== 'number') tightened = true;
  else if (typeof now !== 'number') tightened = false;
  else tightened = lower ? now > was : now < was;
  return tightened
    ? breaking('range-tightened', path, `${keyword} ${describeEdit(was, now)} (tightened)`)
    : breaking(
        'range-relaxed',
        path,
        `${keyword} ${describeEdit(was, now)} (relaxed; consumers reject the new values)`,
      );
}

function compareUnion(before: readonly Schema[], after: readonly Schema[], path: string, out: SchemaChange[]): void {
  const matched = new Set<number>();
  for (const member of before) {
    // The closest compatible alternative: an identical member beats one that only gained optional fields.
    const match = after
      .map((candidate, index) => ({ index, changes: compareSchemas(member, candidate, path) }))
      .filter(({ changes }) => changes.every((change) => !change.breaking))
      .sort((left, right) => left.changes.length - right.changes.length)[0];
    if (match === undefined) {
      out.push(breaking('union-member-removed', path, `no longer accepts the alternative ${summarise(member)}`));
      continue;
    }
    matched.add(match.index);
    out.push(...match.changes);
  }
  after.forEach((member, index) => {
    if (!matched.has(index)) {
      out.push(breaking('union-member-added', path, `now also accepts the alternative ${summarise(member)}`));
    }
  });
}

function breaking(kind: SchemaChangeKind, path: string, message: string): SchemaChange {
  return { kind, breaking: true, path, message };
}

/** Draft-7 allows `true`/`false` as schemas; `true` (and absence) accept anything. */
function asSchema(value: unknown): Schema {
  if (value === undefined || value === true) return {};
  if (value === false) return { not: {} };
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Schema;
  throw new TypeError(`Not a JSON Schema: ${JSON.stringify(value)}`);
}

function unionMembers(schema: Schema): readonly Schema[] | undefined {
  const members = schema['anyOf'] ?? schema['oneOf'];
  return Array.isArray(members) ? members.map(asSchema) : undefined;
}

function typeSet(schema: Schema): readonly string[] | undefined {
  const type = schema['type'];
  if (type === undefined) return undefined;
  return (Array.isArray(type) ? type : [type]).map(String);
}

function typeCovers(types: readonly string[], type: string): boolean {
  return types.includes(type) || (type === 'integer' && types.includes('number'));
}

function allowedValues(schema: Schema): readonly unknown[] | undefined {
  if ('const' in schema) return [schema['const']];
  return Array.isArray(schema['enum']) ? schema['enum'] : undefined;
}

function schemaRecord(value: unknown): Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function stringSet(value: unknown): ReadonlySet<string> {
  return new Set(Array.isArray(value) ? value.map(String) : []);
}

function listValues(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

function describeEdit(was: unknown, now: unknown): string {
  if (was === undefined) return `added (${JSON.stringify(now)})`;
  if (now === undefined) return `removed (was ${JSON.stringify(was)})`;
  return `${JSON.stringify(was)} → ${JSON.stringify(now)}`;
}

function summarise(schema: Schema): string {
  const text = JSON.stringify(schema);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
