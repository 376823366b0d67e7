import type { FormField, ValueField } from './form-fields.ts';
import { valueFields } from './form-fields.ts';

/**
 * What a form control holds: text for inputs, textareas and JSON editors, the option index (as text, '' for none)
 * for choices, a boolean for toggles, the list of tags for tag inputs.
 */
export type RawValue = string | boolean | readonly string[];
export type FormValues = ReadonlyMap<string, RawValue>;

/** A value the form itself can tell is wrong before asking the API. */
export interface FieldIssue {
  key: string;
  message: string;
}

export type FormResult = { ok: true; input: Record<string, unknown> } | { ok: false; issues: FieldIssue[] };

function valueAt(source: unknown, path: readonly string[]): unknown {
  let value = source;
  for (const name of path) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[name];
  }
  return value;
}

function toRaw(field: ValueField, value: unknown): RawValue {
  switch (field.kind) {
    case 'text':
      return typeof value === 'string' ? value : '';
    case 'number':
      return typeof value === 'number' ? String(value) : '';
    case 'choice': {
      const index = field.options.findIndex((option) => option.value === value);
      return index === -1 ? '' : String(index);
    }
    case 'toggle':
      return typeof value === 'boolean' ? value : field.defaultValue;
    case 'tags':
      return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
    case 'json':
      return value === undefined ? '' : JSON.stringify(value, null, 2);
  }
}

/**
 * The controls' starting values: from `source` (e.g. the task's example) where it has the property, else the
 * schema's default, else empty.
 */
export function initialValues(fields: readonly FormField[], source?: unknown): Map<string, RawValue> {
  const values = new Map<string, RawValue>();
  for (const field of valueFields(fields)) {
    const given = field.path.length === 0 ? source : valueAt(source, field.path);
    values.set(field.key, toRaw(field, given === undefined ? field.defaultValue : given));
  }
  return values;
}

type Conversion = { value: unknown } | { issue: string } | { empty: true };

function convert(field: ValueField, raw: RawValue | undefined): Conversion {
  if (field.kind === 'toggle') return { value: raw === true };
  if (field.kind === 'tags') {
    const tags = Array.isArray(raw) ? raw : [];
    return tags.length === 0 && !field.required ? { empty: true } : { value: [...tags] };
  }
  const text = typeof raw === 'string' ? raw : '';
  if (text.trim() === '') return { empty: true };
  switch (field.kind) {
    case 'text':
      return { value: text };
    case 'number': {
      const number = Number(text);
      if (!Number.isFinite(number)) return { issue: 'Enter a number.' };
      if (field.integer && !Number.isInteger(number)) return { issue: 'Enter a whole number.' };
      return { value: number };
    }
    case 'choice': {
      const option = field.options[Number(text)];
      return option === undefined ? { issue: 'Choose one of the options.' } : { value: option.value };
    }
    case 'json':
      try {
        return { value: JSON.parse(text) };
      } catch (error) {
        return { issue: `This is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
      }
  }
}

function assemble(
  fields: readonly FormField[],
  values: FormValues,
  issues: FieldIssue[],
): Record<string, unknown> | undefined {
  const object: Record<string, unknown> = {};
  for (const field of fields) {
    const name = field.path.at(-1) ?? '';
    if (field.kind === 'group') {
      // An optional group left entirely empty is left out, so the fields it requires are not asked for.
      const nestedIssues: FieldIssue[] = [];
      const nested = assemble(field.fields, values, nestedIssues);
      if (nested === undefined && !field.required) continue;
      issues.push(...nestedIssues);
      object[name] = nested ?? {};
      continue;
    }
    const result = convert(field, values.get(field.key));
    if ('issue' in result) issues.push({ key: field.key, message: result.issue });
    else if ('value' in result) object[name] = result.value;
    else if (field.required) issues.push({ key: field.key, message: 'This field is required.' });
  }
  return Object.keys(object).length === 0 ? undefined : object;
}

/**
 * The task input the form's values describe. Empty optional fields are left out so the task's defaults apply;
 * a required field left empty, a number that is not one, or JSON that does not parse is reported against its field.
 * The API still validates everything else (lengths, ranges, patterns) and its issues are shown the same way.
 */
export function formToInput(fields: readonly FormField[], values: FormValues): FormResult {
  const issues: FieldIssue[] = [];
  const [whole] = fields;
  if (fields.length === 1 && whole !== undefined && whole.kind === 'json' && whole.path.length === 0) {
    const result = convert(whole, values.get(whole.key));
    if ('issue' in result) return { ok: false, issues: [{ key: whole.key, message: result.issue }] };
    if (!('value' in result)) return { ok: false, issues: [{ key: whole.key, message: 'This field is required.' }] };
    const { value } = result;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, issues: [{ key: whole.key, message: 'The input must be a JSON object.' }] };
    }
    return { ok: true, input: value as Record<string, unknown> };
  }
  const input = assemble(fields, values, issues) ?? {};
  return issues.length === 0 ? { ok: true, input } : { ok: false, issues };
}
