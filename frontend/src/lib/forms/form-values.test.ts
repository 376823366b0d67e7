import { describe, expect, it } from 'vitest';
import { schemaToFields } from './form-fields.ts';
import { formToInput, initialValues } from './form-values.ts';

const fields = schemaToFields({
  type: 'object',
  required: ['title'],
  properties: {
    title: { type: 'string' },
    subtitle: { type: 'string' },
    bpm: { type: 'integer' },
    speed: { type: 'number', default: 1 },
    format: { type: 'string', enum: ['png', 'webp'], default: 'png' },
    loop: { type: 'boolean', default: false },
    tags: { type: 'array', items: { type: 'string' } },
    slides: { type: 'array', items: { type: 'object' } },
    brand: { type: 'object', properties: { primaryColor: { type: 'string' }, accentColor: { type: 'string' } } },
  },
});

describe('initialValues', () => {
  it('starts from the schema’s defaults', () => {
    expect(Object.fromEntries(initialValues(fields))).toEqual({
      title: '',
      subtitle: '',
      bpm: '',
      speed: '1',
      format: '0',
      loop: false,
      tags: [],
      slides: '',
      'brand.primaryColor': '',
      'brand.accentColor': '',
    });
  });

  it('takes what the source has and the defaults for the rest', () => {
    const values = initialValues(fields, {
      title: 'Launch week',
      format: 'webp',
      tags: ['launch', 'week'],
      slides: [{ title: 'One' }],
      brand: { primaryColor: '#112233' },
    });
    expect(values.get('title')).toBe('Launch week');
    expect(values.get('format')).toBe('1');
    expect(values.get('speed')).toBe('1');
    expect(values.get('tags')).toEqual(['launch', 'week']);
    expect(values.get('slides')).toBe('[\n  {\n    "title": "One"\n  }\n]');
    expect(values.get('brand.primaryColor')).toBe('#112233');
  });
});

describe('formToInput', () => {
  const base = initialValues(fields);
  const withValues = (entries: Record<string, string | boolean | string[]>) =>
    new Map([...base, ...Object.entries(entries)]);

  it('leaves empty optional fields out, so the task’s defaults apply', () => {
    expect(formToInput(fields, withValues({ title: 'Hi', speed: '' }))).toEqual({
      ok: true,
      input: { title: 'Hi', format: 'png', loop: false },
    });
  });

  it('converts numbers, choices, tags, JSON and nested groups', () => {
    const result = formToInput(
      fields,
      withValues({
        title: 'Hi',
        bpm: '96',
        speed: '1.25',
        format: '1',
        loop: true,
        tags: ['a', 'b'],
        slides: '[{"title":"One"}]',
        'brand.accentColor': '#ffaa00',
      }),
    );
    expect(result).toEqual({
      ok: true,
      input: {
        title: 'Hi',
        bpm: 96,
        speed: 1.25,
        format: 'webp',
        loop: true,
        tags: ['a', 'b'],
        slides: [{ title: 'One' }],
        brand: { accentColor: '#ffaa00' },
      },
    });
  });

  it('reports what it can tell is wrong, at each field', () => {
    const result = formToInput(fields, withValues({ title: '  ', bpm: '1.5', speed: 'fast', slides: '[{' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.key, issue.message.split(':')[0]])).toEqual([
      ['title', 'This field is required.'],
      ['bpm', 'Enter a whole number.'],
      ['speed', 'Enter a number.'],
      ['slides', 'This is not valid JSON'],
    ]);
  });

  it('keeps a required group even when its fields are empty', () => {
    const required = schemaToFields({
      type: 'object',
      required: ['script'],
      properties: { script: { type: 'object', properties: { hook: { type: 'string' } } } },
    });
    expect(formToInput(required, initialValues(required))).toEqual({ ok: true, input: { script: {} } });
  });

  it('leaves out an optional group left empty, but asks for what it requires once any of it is filled', () => {
    const optional = schemaToFields({
      type: 'object',
      properties: {
        topic: { type: 'string' },
        script: {
          type: 'object',
          required: ['hook', 'cta'],
          properties: { hook: { type: 'string' }, cta: { type: 'string' } },
        },
      },
    });
    const values = (entries: Record<string, string>) =>
      new Map([...initialValues(optional), ...Object.entries(entries)]);
    expect(formToInput(optional, values({ topic: 'Sleep' }))).toEqual({ ok: true, input: { topic: 'Sleep' } });
    const partial = formToInput(optional, values({ 'script.hook': 'Wake up' }));
    expect(partial).toEqual({ ok: false, issues: [{ key: 'script.cta', message: 'This field is required.' }] });
  });

  describe('with a single editor for the whole input', () => {
    const whole = schemaToFields({ oneOf: [{ type: 'object' }] });

    it('takes the JSON object as the input', () => {
      expect(formToInput(whole, new Map([['', '{"a":1}']]))).toEqual({ ok: true, input: { a: 1 } });
    });

    it.each([
      ['', 'This field is required.'],
      ['[1]', 'The input must be a JSON object.'],
    ])('refuses %j', (text, message) => {
      expect(formToInput(whole, new Map([['', text]]))).toEqual({ ok: false, issues: [{ key: '', message }] });
    });
  });
});
