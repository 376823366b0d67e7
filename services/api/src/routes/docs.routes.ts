import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';

/** Swagger UI's assets are served from the installed package, so the docs page works with no network. */
const swaggerDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const assets: Record<string, { file: string; type: string }> = {
  'swagger-ui.css': { file: 'swagger-ui.css', type: 'text/css; charset=utf-8' },
  'swagger-ui-bundle.js': { file: 'swagger-ui-bundle.js', type: 'text/javascript; charset=utf-8' },
};

function page(specUrl: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>ContentFlow API</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
  <div id="docs"></div>
  <script src="/docs/assets/swagger-ui-bundle.js"></script>
  <script>window.ui = SwaggerUIBundle({ url: ${JSON.stringify(specUrl)}, dom_id: '#docs', deepLinking: true });</script>
</body>
</html>`;
}

export function docsRoutes(specUrl: string): Hono {
  const cache = new Map<string, string>();
  return new Hono()
    .get('/docs', (c) => c.html(page(specUrl)))
    .get('/docs/assets/:name', (c) => {
      const asset = assets[c.req.param('name')];
      if (!asset) return c.notFound();
      let body = cache.get(asset.file);
      if (body === undefined) {
        body = readFileSync(join(swaggerDir, asset.file), 'utf8');
        cache.set(asset.file, body);
      }
      c.header('Content-Type', asset.type);
      c.header('Cache-Control', 'public, max-age=86400');
      return c.body(body);
    });
}
