import { describe, expect, it } from 'vitest';
import { schemaToFields } from './form-fields.ts';
import { placeIssues } from './place-issues.ts';

const fields = schemaToFields({
  type: 'object',
  properties: {
    title: { type: 'string' },
    slides: { type: 'array', items: { type: 'object' } },
    brand: { type: 'object', properties: { primaryColor: { type: 'string' } } },
  },
});

describe('placeIssues', () => {
  it('puts each issue on the deepest field its path starts with', () => {
    expect(
      placeIssues(fields, [
        { path: 'input.title', message: 'Too long' },
        { path: 'input.brand.primaryColor', message: 'must be #RRGGBB' },
        { path: 'input.brand', message: 'Unrecognized key: "font"' },
        { path: 'input.slides.1.title', message: 'Too small' },
      ]),
    ).toEqual({
      byField: [
        { key: 'title', message: 'Too long' },
        { key: 'brand.primaryColor', message: 'must be #RRGGBB' },
        { key: 'brand', message: 'Unrecognized key: "font"' },
        { key: 'slides', message: 'item 2 › title: Too small' },
      ],
      general: [],
    });
  });

  it('keeps issues about the request or the input as a whole for above the form', () => {
    expect(
      placeIssues(fields, [
        { path: 'input', message: 'Give title or slides' },
        { path: 'engine', message: 'unknown engine' },
        { path: 'input.unknown', message: 'Unrecognized' },
        { path: '', message: 'Malformed JSON' },
      ]).general,
    ).toEqual([
      'input: Give title or slides',
      'engine: unknown engine',
      'input.unknown: Unrecognized',
      'Malformed JSON',
    ]);
  });

  it('gives everything about the input to a whole-input editor', () => {
    const whole = schemaToFields({ oneOf: [{ type: 'object' }] });
    expect(placeIssues(whole, [{ path: 'input.text', message: 'Required' }]).byField).toEqual([
      { key: '', message: 'text: Required' },
    ]);
  });

  it('reads paths from the request body itself when the form is the whole body (a workflow request)', () => {
    expect(
      placeIssues(
        fields,
        [
          { path: 'brand.primaryColor', message: 'must be #RRGGBB' },
          { path: 'title', message: 'Too long' },
          { path: 'unknown', message: 'Unrecognized' },
          { path: '', message: 'Give title or slides' },
        ],
        [],
      ),
    ).toEqual({
      byField: [
        { key: 'brand.primaryColor', message: 'must be #RRGGBB' },
        { key: 'title', message: 'Too long' },
      ],
      general: ['unknown: Unrecognized', 'Give title or slides'],
    });
  });
});
