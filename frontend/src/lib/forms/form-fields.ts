import { humanize } from '../text/labels.ts';

/**
 * The fields of a "new job" form, derived from a task's input JSON Schema (draft-07, as GET /api/v1/engines gives
 * it). Only what maps cleanly onto a form control becomes one; anything else (arrays of objects, unions, free-form
 * records) becomes a JSON editor for that property, so every task can be submitted whatever its schema holds.
 */

export type JsonPrimitive = string | number | boolean | null;

interface FieldBase {
  /** Where the value goes in the task input, e.g. `['brand', 'primaryColor']`; empty for a whole-input editor. */
  path: readonly string[];
  /** `path` joined with dots: the field's identity in values and issues. */
  key: string;
  label: string;
  description: string | undefined;
  required: boolean;
}

export interface TextField extends FieldBase {
  kind: 'text';
  /** Text allowed to run past a line's worth gets a textarea; codes (a pattern) and unbounded strings one line. */
  multiline: boolean;
  inputType: 'text' | 'email' | 'url';
  minLength: number | undefined;
  maxLength: number | undefined;
  defaultValue: string | undefined;
}

export interface NumberField extends FieldBase {
  kind: 'number';
  integer: boolean;
  minimum: number | undefined;
  maximum: number | undefined;
  defaultValue: number | undefined;
}

export interface ChoiceOption {
  label: string;
  value: JsonPrimitive;
}

export interface ChoiceField extends FieldBase {
  kind: 'choice';
  options: readonly ChoiceOption[];
  defaultValue: JsonPrimitive | undefined;
}

/** A boolean that always has a value (it has a default or is required); an optional one is a yes/no choice. */
export interface ToggleField extends FieldBase {
  kind: 'toggle';
  defaultValue: boolean;
}

export interface TagsField extends FieldBase {
  kind: 'tags';
  maxItems: number | undefined;
  itemMaxLength: number | undefined;
  defaultValue: readonly string[] | undefined;
}

export interface JsonField extends FieldBase {
  kind: 'json';
  defaultValue: unknown;
}

export interface GroupField extends FieldBase {
  kind: 'group';
  fields: readonly FormField[];
}

export type FormField = TextField | NumberField | ChoiceField | ToggleField | TagsField | JsonField | GroupField;
export type ValueField = Exclude<FormField, GroupField>;

/** Strings allowed to be longer than this are paragraphs rather than lines (titles stay on one line). */
const SINGLE_LINE_MAX_LENGTH = 300;

type Schema = Record<string, unknown>;

function isRecord(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function numberAt(schema: Schema, name: string): number | undefined {
  const value = schema[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function stringAt(schema: Schema, name: string): string | undefined {
  const value = schema[name];
  return typeof value === 'string' ? value : undefined;
}

function isPrimitive(value: unknown): value is JsonPrimitive {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function hasProperties(schema: Schema): schema is Schema & { properties: Schema } {
  return (schema['type'] === 'object' || schema['type'] === undefined) && isRecord(schema['properties']);
}

function requiredNames(schema: Schema): ReadonlySet<string> {
  const required = schema['required'];
  return new Set(Array.isArray(required) ? required.filter((name) => typeof name === 'string') : []);
}

function base(path: readonly string[], schema: Schema, required: boolean): FieldBase {
  const name = path.at(-1) ?? 'input';
  return {
    path,
    key: path.join('.'),
    label: stringAt(schema, 'title') ?? humanize(name),
    description: stringAt(schema, 'description'),
    required,
  };
}

function choiceLabel(value: JsonPrimitive): string {
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  return value === null ? 'None' : String(value);
}

function choiceField(field: FieldBase, values: readonly JsonPrimitive[], defaultValue: unknown): ChoiceField {
  return {
    ...field,
    kind: 'choice',
    options: values.map((value) => ({ label: choiceLabel(value), value })),
    defaultValue: isPrimitive(defaultValue) && values.includes(defaultValue) ? defaultValue : undefined,
  };
}

function jsonField(field: FieldBase, defaultValue: unknown): JsonField {
  return { ...field, kind: 'json', defaultValue };
}

function textField(field: FieldBase, schema: Schema): TextField {
  const format = stringAt(schema, 'format');
  const inputType = format === 'email' ? 'email' : format === 'uri' ? 'url' : 'text';
  const maxLength = numberAt(schema, 'maxLength');
  const defaultValue = stringAt(schema, 'default');
  return {
    ...field,
    kind: 'text',
    multiline:
      inputType === 'text' &&
      schema['pattern'] === undefined &&
      maxLength !== undefined &&
      maxLength > SINGLE_LINE_MAX_LENGTH,
    inputType,
    minLength: numberAt(schema, 'minLength'),
    maxLength,
    defaultValue,
  };
}

function numberField(field: FieldBase, schema: Schema, integer: boolean): NumberField {
  return {
    ...field,
    kind: 'number',
    integer,
    minimum: numberAt(schema, 'minimum'),
    maximum: numberAt(schema, 'maximum'),
    defaultValue: numberAt(schema, 'default'),
  };
}

function booleanField(field: FieldBase, defaultValue: unknown): ToggleField | ChoiceField {
  if (typeof defaultValue === 'boolean') return { ...field, kind: 'toggle', defaultValue };
  if (field.required) return { ...field, kind: 'toggle', defaultValue: false };
  return choiceField(field, [true, false], undefined);
}

function arrayField(field: FieldBase, schema: Schema): TagsField | JsonField {
  const items = schema['items'];
  if (!isRecord(items) || items['type'] !== 'string' || items['enum'] !== undefined) {
    return jsonField(field, schema['default']);
  }
  const defaultValue = schema['default'];
  return {
    ...field,
    kind: 'tags',
    maxItems: numberAt(schema, 'maxItems'),
    itemMaxLength: numberAt(items, 'maxLength'),
    defaultValue:
      Array.isArray(defaultValue) && defaultValue.every((item) => typeof item === 'string') ? defaultValue : undefined,
  };
}

function propertyFields(schema: Schema & { properties: Schema }, path: readonly string[]): FormField[] {
  const required = requiredNames(schema);
  return Object.entries(schema.properties).map(([name, property]) =>
    fieldFor([...path, name], property, required.has(name)),
  );
}

function fieldFor(path: readonly string[], schema: unknown, required: boolean): FormField {
  if (!isRecord(schema)) return jsonField(base(path, {}, required), undefined);
  const field = base(path, schema, required);
  const enumValues = schema['enum'];
  if (Array.isArray(enumValues) && enumValues.length > 0 && enumValues.every(isPrimitive)) {
    return choiceField(field, enumValues, schema['default']);
  }
  switch (schema['type']) {
    case 'string':
      return textField(field, schema);
    case 'number':
      return numberField(field, schema, false);
    case 'integer':
      return numberField(field, schema, true);
    case 'boolean':
      return booleanField(field, schema['default']);
    case 'array':
      return arrayField(field, schema);
    default:
      if (hasProperties(schema)) return { ...field, kind: 'group', fields: propertyFields(schema, path) };
      return jsonField(field, schema['default']);
  }
}

/**
 * The form for a task input schema. An object schema gives one field per property (nested objects become groups);
 * any other root schema gives a single JSON editor for the whole input (its `path` is empty).
 */
export function schemaToFields(schema: unknown): FormField[] {
  if (isRecord(schema) && hasProperties(schema)) return propertyFields(schema, []);
  return [jsonField({ path: [], key: '', label: 'Input (JSON)', description: undefined, required: true }, undefined)];
}

/** Every field that holds a value, groups flattened, in form order. */
export function valueFields(fields: readonly FormField[]): ValueField[] {
  return fields.flatMap((field) => (field.kind === 'group' ? valueFields(field.fields) : [field]));
}

function count(value: number, singular: string, plural = `${singular}s`): string {
  return `${value.toLocaleString('en-US')} ${value === 1 ? singular : plural}`;
}

/** The field's limits in words, shown under it: "Up to 150 characters.", "A whole number from 60 to 180." */
export function describeConstraints(field: FormField): string | undefined {
  switch (field.kind) {
    case 'text': {
      const { minLength, maxLength } = field;
      if (minLength !== undefined && minLength > 1 && maxLength !== undefined) {
        return `${minLength.toLocaleString('en-US')} to ${count(maxLength, 'character')}.`;
      }
      return maxLength === undefined ? undefined : `Up to ${count(maxLength, 'character')}.`;
    }
    case 'number': {
      const kind = field.integer ? 'A whole number' : 'A number';
      const { minimum, maximum } = field;
      if (minimum !== undefined && maximum !== undefined) return `${kind} from ${minimum} to ${maximum}.`;
      if (minimum !== undefined) return `${kind}, at least ${minimum}.`;
      if (maximum !== undefined) return `${kind}, at most ${maximum}.`;
      return field.integer ? `${kind}.` : undefined;
    }
    case 'tags': {
      const parts = ['Press Enter or comma after each entry.'];
      if (field.maxItems !== undefined) parts.push(`Up to ${count(field.maxItems, 'entry', 'entries')}.`);
      return parts.join(' ');
    }
    case 'json':
      return 'JSON.';
    default:
      return undefined;
  }
}
