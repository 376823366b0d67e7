/**
 * Writes the JSON Schema of every event version to events/schemas/ and the catalog table to
 * events/README.md. A published schema that would change incompatibly is not overwritten: the
 * script fails and says to publish a new version instead, so regenerating cannot launder a break.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EVENT_CATALOG } from '../src/catalog.ts';
import { renderCatalogTable, withCatalogTable } from '../src/catalog-table.ts';
import { renderSchemaFiles, reviewPublishedSchemas } from '../src/schema/published-schemas.ts';
import { readCommittedSchemas, writeSchemaFile } from '../src/schema/schema-files.ts';

const README = fileURLToPath(new URL('../README.md', import.meta.url));

let failed = false;
for (const review of reviewPublishedSchemas(renderSchemaFiles(EVENT_CATALOG), readCommittedSchemas())) {
  if (review.generated !== undefined) {
    writeSchemaFile(review.file, review.generated);
    console.log(`wrote     ${review.file} (${review.status})`);
  } else if (review.status === 'unchanged') {
    console.log(`unchanged ${review.file}`);
  } else {
    console.error(review.message);
    failed = true;
  }
}

const readme = readFileSync(README, 'utf8');
const updated = withCatalogTable(readme, renderCatalogTable(EVENT_CATALOG));
if (updated !== readme) {
  writeFileSync(README, updated);
  console.log('wrote     README.md catalog table');
}

if (failed) process.exitCode = 1;
