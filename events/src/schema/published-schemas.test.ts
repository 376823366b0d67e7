import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { defineEvent } from '../define-event.ts';
import { renderSchemaFiles, reviewPublishedSchemas } from './published-schemas.ts';

/** A v1 contract as published, and edits a developer might make to it. */
function progressed(data: z.ZodObject) {
  return defineEvent({
    source: 'contentflow.video',
    detailType: 'Test.Progressed',
    version: '1',
    description: 'test event',
    producer: 'test',
    data,
  });
}
const published = progressed(z.object({ percent: z.number().min(0).max(100), message: z.string() }));
const committed = renderSchemaFiles([published]);
const FILE = 'test.progressed/v1.json';

describe('reviewPublishedSchemas', () => {
  test('an unchanged definition needs nothing', () => {
    expect(reviewPublishedSchemas(renderSchemaFiles([published]), committed)).toEqual([
      { file: FILE, status: 'unchanged', changes: [], message: '' },
    ]);
  });

  test('a narrowed field is a breaking change that asks for a new version and offers nothing to write', () => {
    const narrowed = progressed(z.object({ percent: z.number().min(0).max(50), message: z.string() }));
    const [review] = reviewPublishedSchemas(renderSchemaFiles([narrowed]), committed);
    expect(review?.status).toBe('breaking-change');
    expect(review?.generated).toBeUndefined();
    expect(review?.changes.map((change) => [change.kind, change.path])).toEqual([
      ['range-tightened', 'detail.data.percent'],
    ]);
    expect(review?.message).toContain('publish v2 beside v1');
    expect(review?.message).toContain('detail.data.percent: maximum 100 → 50 (tightened)');
  });

  test('a removed field is a breaking change', () => {
    const removed = progressed(z.object({ percent: z.number().min(0).max(100) }));
    const [review] = reviewPublishedSchemas(renderSchemaFiles([removed]), committed);
    expect(review?.status).toBe('breaking-change');
    expect(review?.changes.map((change) => change.kind)).toEqual(['field-removed']);
  });

  test('an added optional field is compatible but the committed file must be regenerated', () => {
    const extended = progressed(
      z.object({ percent: z.number().min(0).max(100), message: z.string(), stage: z.string().optional() }),
    );
    const generated = renderSchemaFiles([extended]);
    const [review] = reviewPublishedSchemas(generated, committed);
    expect(review?.status).toBe('compatible-change');
    expect(review?.message).toContain('run npm run schemas');
    expect(review?.message).not.toContain('publish v2');
    expect(review?.generated).toBe(generated.get(FILE));
  });

  test('a hand-formatted committed file is out of date, not broken', () => {
    const reformatted = new Map([[FILE, JSON.stringify(JSON.parse(committed.get(FILE)!))]]);
    const [review] = reviewPublishedSchemas(committed, reformatted);
    expect(review?.status).toBe('compatible-change');
    expect(review?.message).toContain('formatting only');
  });

  test('a corrupt committed file is named', () => {
    expect(() => reviewPublishedSchemas(committed, new Map([[FILE, '{ "type": ']]))).toThrow(
      `${FILE} is not valid JSON; restore it from version control`,
    );
  });

  test('a new version is unpublished until its schema is committed', () => {
    const [review] = reviewPublishedSchemas(committed, new Map());
    expect(review).toMatchObject({ status: 'unpublished', generated: committed.get(FILE) });
  });

  test('a published schema whose definition disappeared is reported', () => {
    const [review] = reviewPublishedSchemas(new Map(), committed);
    expect(review).toMatchObject({ file: FILE, status: 'orphaned' });
    expect(review?.message).toContain('deprecation window');
  });
});

describe('renderSchemaFiles', () => {
  test('refuses two definitions of the same event version', () => {
    expect(() => renderSchemaFiles([published, published])).toThrow(/Two definitions publish Test.Progressed v1/);
  });

  test('writes stable, commit-ready text', () => {
    const text = committed.get(FILE)!;
    expect(text.endsWith('}\n')).toBe(true);
    expect(renderSchemaFiles([published]).get(FILE)).toBe(text);
    const schema = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(schema)).toEqual([...Object.keys(schema)].sort());
    expect(schema).toMatchObject({ $schema: 'http://json-schema.org/draft-07/schema#', title: 'Test.Progressed v1' });
  });
});
