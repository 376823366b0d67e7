import { compareSchemas, type SchemaChange } from '../compat/schema-compat.ts';
import type { AnyEventDefinition } from '../define-event.ts';
import { eventJsonSchema, renderJsonSchema, schemaFilePath } from './json-schema.ts';

export type PublishedSchemaStatus = 'unchanged' | 'unpublished' | 'compatible-change' | 'breaking-change' | 'orphaned';

/** How one schema file under `events/schemas/` compares with what the definitions generate now. */
export interface PublishedSchemaReview {
  /** Relative to `events/schemas/`, e.g. `job.requested/v1.json`. */
  readonly file: string;
  readonly status: PublishedSchemaStatus;
  readonly changes: readonly SchemaChange[];
  /** What to do about it; empty when unchanged. */
  readonly message: string;
  /** The text to commit, for statuses that `npm run schemas` may write. */
  readonly generated?: string;
}

/** The schema file text of every definition, keyed by its path under `events/schemas/`. */
export function renderSchemaFiles(definitions: readonly AnyEventDefinition[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const definition of definitions) {
    const file = schemaFilePath(definition);
    if (files.has(file))
      throw new Error(`Two definitions publish ${definition.name}; each event version is defined once`);
    files.set(file, renderJsonSchema(eventJsonSchema(definition)));
  }
  return files;
}

/**
 * Reviews generated schemas against the committed ones, which are the published record: a committed
 * version may only gain optional fields. Breaking edits are reported, never to be overwritten.
 */
export function reviewPublishedSchemas(
  generated: ReadonlyMap<string, string>,
  committed: ReadonlyMap<string, string>,
): PublishedSchemaReview[] {
  const reviews: PublishedSchemaReview[] = [];
  for (const [file, text] of generated) {
    const published = committed.get(file);
    if (published === undefined) {
      reviews.push({
        file,
        status: 'unpublished',
        changes: [],
        message: `${file} is not committed yet: run npm run schemas`,
        generated: text,
      });
    } else if (published === text) {
      reviews.push({ file, status: 'unchanged', changes: [], message: '' });
    } else {
      reviews.push(reviewChange(file, published, text));
    }
  }
  for (const file of committed.keys()) {
    if (generated.has(file)) continue;
    reviews.push({
      file,
      status: 'orphaned',
      changes: [],
      message:
        `${file} is published but no definition in EVENT_CATALOG generates it: restore the definition, ` +
        'or delete the file once its deprecation window has ended',
    });
  }
  return reviews;
}

function reviewChange(file: string, published: string, generated: string): PublishedSchemaReview {
  const changes = compareSchemas(parseCommitted(file, published), JSON.parse(generated), 'detail');
  const listed = changes.map((change) => `  - ${change.path}: ${change.message} [${change.kind}]`).join('\n');
  if (changes.some((change) => change.breaking)) {
    const version = Number(/v(\d+)\.json$/.exec(file)?.[1] ?? Number.NaN);
    return {
      file,
      status: 'breaking-change',
      changes,
      message:
        `${file} would change incompatibly:\n${listed}\n` +
        `A published version never changes like this: publish v${version + 1} beside v${version} ` +
        `(a new *.v${version + 1}.ts module) and keep v${version} as it is.`,
    };
  }
  // Text can differ with no semantic change (e.g. hand edits to formatting): regenerating fixes both.
  return {
    file,
    status: 'compatible-change',
    changes,
    message: `${file} is out of date (compatible change):\n${listed || '  - formatting only'}\nrun npm run schemas`,
    generated,
  };
}

function parseCommitted(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON; restore it from version control`, { cause: error });
  }
}
