/**
 * `text.analyze`'s contract alone, for code that needs nothing else from the catalog: a worker thread that
 * analyses text loads these few schemas instead of every event's and task's.
 */
export * from './text-analyze.input.ts';
export * from './text-analyze.output.ts';
export * from './text-seo.output.ts';
