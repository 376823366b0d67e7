import { TASK_CATALOG, textAnalyzeTask } from '@contentflow/events';
import { describe, expect, it } from 'vitest';
import { describeConstraints, type FormField, schemaToFields, valueFields } from './form-fields.ts';
import { formToInput, initialValues } from './form-values.ts';

function field(fields: readonly FormField[], key: string): FormField {
  const found = [...fields, ...fields.flatMap((f) => (f.kind === 'group' ? f.fields : []))].find((f) => f.key === key);
  if (!found) throw new Error(`no field ${key}`);
  return found;
}

describe('schemaToFields', () => {
  it('gives text.analyze a required textarea and an optional one-line keyword, from the API’s own schema', () => {
    const fields = schemaToFields(textAnalyzeTask.inputJsonSchema());
    expect(field(fields, 'text')).toMatchObject({
      kind: 'text',
      label: 'Text',
      required: true,
      multiline: true,
      maxLength: 100_000,
      description: 'Plain text to analyse; paragraphs are separated by blank lines.',
    });
    expect(field(fields, 'keyword')).toMatchObject({ kind: 'text', required: false, multiline: false, maxLength: 100 });
  });

  it('maps each kind of property onto its control', () => {
    const fields = schemaToFields({
      type: 'object',
      required: ['title', 'lengthSec'],
      properties: {
        title: { type: 'string', title: 'Headline', maxLength: 80 },
        email: { type: 'string', format: 'email' },
        voice: { type: 'string', enum: ['en-us-female-1', 'en-gb-male-1'], default: 'en-gb-male-1' },
        lengthSec: { type: 'number', enum: [15, 30, 60] },
        bpm: { type: 'integer', minimum: 60, maximum: 180 },
        speed: { type: 'number', minimum: 0.5, maximum: 2, default: 1 },
        loop: { type: 'boolean', default: true },
        explicit: { type: 'boolean' },
        hashtags: { type: 'array', items: { type: 'string', maxLength: 30 }, maxItems: 5 },
        slides: { type: 'array', items: { type: 'object', properties: { title: { type: 'string' } } } },
        brand: { type: 'object', properties: { primaryColor: { type: 'string', pattern: '^#[0-9a-f]{6}$' } } },
        extra: { type: 'object', additionalProperties: { type: 'string' } },
        either: { anyOf: [{ type: 'string' }, { type: 'number' }] },
      },
    });
    expect(fields.map((f) => [f.key, f.kind])).toEqual([
      ['title', 'text'],
      ['email', 'text'],
      ['voice', 'choice'],
      ['lengthSec', 'choice'],
      ['bpm', 'number'],
      ['speed', 'number'],
      ['loop', 'toggle'],
      ['explicit', 'choice'],
      ['hashtags', 'tags'],
      ['slides', 'json'],
      ['brand', 'group'],
      ['extra', 'json'],
      ['either', 'json'],
    ]);
    expect(field(fields, 'title')).toMatchObject({ label: 'Headline', required: true });
    expect(field(fields, 'email')).toMatchObject({ inputType: 'email', multiline: false });
    expect(field(fields, 'voice')).toMatchObject({ defaultValue: 'en-gb-male-1' });
    expect(field(fields, 'lengthSec')).toMatchObject({
      label: 'Length (seconds)',
      options: [
        { label: '15', value: 15 },
        { label: '30', value: 30 },
        { label: '60', value: 60 },
      ],
    });
    expect(field(fields, 'bpm')).toMatchObject({ label: 'BPM', integer: true, minimum: 60, maximum: 180 });
    expect(field(fields, 'speed')).toMatchObject({ integer: false, defaultValue: 1 });
    expect(field(fields, 'explicit')).toMatchObject({
      options: [
        { label: 'Yes', value: true },
        { label: 'No', value: false },
      ],
    });
    expect(field(fields, 'hashtags')).toMatchObject({ maxItems: 5, itemMaxLength: 30 });
    expect(field(fields, 'brand.primaryColor')).toMatchObject({ path: ['brand', 'primaryColor'], kind: 'text' });
  });

  it('gives a textarea to text allowed past a line, and one line to codes and unbounded strings', () => {
    const fields = schemaToFields({
      type: 'object',
      properties: {
        script: { type: 'string', maxLength: 1500 },
        title: { type: 'string', maxLength: 280 },
        blobKey: { type: 'string', maxLength: 1024, pattern: '^[a-z/]+$' },
        note: { type: 'string' },
      },
    });
    expect(fields.map((f) => f.kind === 'text' && f.multiline)).toEqual([true, false, false, false]);
  });

  it('gives a schema that is not an object one editor for the whole input', () => {
    expect(schemaToFields({ anyOf: [{ type: 'object' }, { type: 'array' }] })).toEqual([
      expect.objectContaining({ kind: 'json', path: [], key: '', required: true }),
    ]);
  });

  describe.each(TASK_CATALOG.map((task) => [task.key, task] as const))('%s', (_, task) => {
    const fields = schemaToFields(task.inputJsonSchema());

    it('turns its example into form values and back into an input the task accepts', () => {
      const result = formToInput(fields, initialValues(fields, task.example));
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      expect(result.input).toMatchObject(task.example as Record<string, unknown>);
      expect(task.input.safeParse(result.input).success).toBe(true);
    });

    it('asks only for what the task requires when the form is left at its defaults', () => {
      const result = formToInput(fields, initialValues(fields));
      // Fields inside an optional group are asked for only once the group is used.
      const askable = (list: readonly FormField[]): FormField[] =>
        list.flatMap((f) => (f.kind === 'group' ? (f.required ? askable(f.fields) : []) : [f]));
      const required = valueFields(askable(fields)).filter((f) => f.required && f.defaultValue === undefined);
      if (result.ok) expect(required).toEqual([]);
      else expect(result.issues.map((issue) => issue.key)).toEqual(required.map((f) => f.key));
    });
  });
});

describe('describeConstraints', () => {
  const [text, bpm, speed, tags] = schemaToFields({
    type: 'object',
    properties: {
      text: { type: 'string', minLength: 12, maxLength: 1500 },
      bpm: { type: 'integer', minimum: 60, maximum: 180 },
      speed: { type: 'number', minimum: 0.5 },
      tags: { type: 'array', items: { type: 'string' }, maxItems: 1 },
    },
  });

  it('puts a field’s limits into words', () => {
    expect([text, bpm, speed, tags].map((f) => f && describeConstraints(f))).toEqual([
      '12 to 1,500 characters.',
      'A whole number from 60 to 180.',
      'A number, at least 0.5.',
      'Press Enter or comma after each entry. Up to 1 entry.',
    ]);
  });
});
