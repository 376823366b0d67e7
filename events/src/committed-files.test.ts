import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { EVENT_CATALOG } from './catalog.ts';
import { renderCatalogTable, withCatalogTable } from './catalog-table.ts';
import { renderSchemaFiles, reviewPublishedSchemas } from './schema/published-schemas.ts';
import { readCommittedSchemas } from './schema/schema-files.ts';

// The committed schemas under events/schemas/ are the published record these checks hold the code to.
const reviews = reviewPublishedSchemas(renderSchemaFiles(EVENT_CATALOG), readCommittedSchemas());

test('no published event version changes incompatibly or disappears', () => {
  const broken = reviews.filter((review) => review.status === 'breaking-change' || review.status === 'orphaned');
  expect(broken.map((review) => review.message)).toEqual([]);
});

test('committed JSON Schemas are up to date with the definitions (npm run schemas)', () => {
  const stale = reviews.filter((review) => review.status === 'compatible-change' || review.status === 'unpublished');
  expect(stale.map((review) => review.message)).toEqual([]);
});

test("the README's event catalog table is up to date (npm run schemas)", () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  expect(withCatalogTable(readme, renderCatalogTable(EVENT_CATALOG))).toBe(readme);
});
