// The handler every engine image starts (its CMD). Lambda's Node.js runtime loads .js, .mjs and .cjs modules only,
// and the engines' handlers are TypeScript that Node 24 runs directly, so this module imports the one the
// function's configuration names, relative to the task root: the CDK app sets both variables from the manifest.
const { CONTENTFLOW_HANDLER_MODULE: modulePath, CONTENTFLOW_HANDLER_EXPORT: exportName } = process.env;
if (!modulePath || !exportName) {
  throw new Error('CONTENTFLOW_HANDLER_MODULE and CONTENTFLOW_HANDLER_EXPORT must name the handler');
}
const module = await import(new URL(modulePath, import.meta.url).href);
const handler = module[exportName];
if (typeof handler !== 'function') throw new Error(`${modulePath} has no function export "${exportName}"`);

export { handler };
