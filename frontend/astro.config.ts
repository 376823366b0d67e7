import { defineConfig } from 'astro/config';

/**
 * Where signed download URLs point when they are not on the site's own origin (e.g. the S3 bucket's
 * `https://<bucket>.s3.<region>.amazonaws.com`). Locally the API serves both the site and `/blobs/`, so it is unset.
 */
const mediaOrigin = process.env['CONTENTFLOW_MEDIA_ORIGIN'] ?? '';

/** `npm run dev -w frontend` proxies the API so the site and the API share an origin, as they do when served. */
const devApi = process.env['CONTENTFLOW_API_URL'] ?? 'http://127.0.0.1:3000';

function withMedia<Directive extends string>(directive: Directive, sources: string): `${Directive} ${string}` {
  return `${directive} ${sources}${mediaOrigin ? ` ${mediaOrigin}` : ''}`;
}

export default defineConfig({
  output: 'static',
  trailingSlash: 'ignore',
  build: { format: 'directory', assets: '_astro' },
  // No Markdown pages: Shiki's inline styles would otherwise be flagged against the CSP below.
  markdown: { syntaxHighlight: false },
  // The page and every API call share one origin; media may also come from the blob store's origin. Astro adds the
  // hashes of its own scripts and styles (script-src, style-src) to the same <meta> policy.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        withMedia('img-src', "'self' blob:"),
        withMedia('media-src', "'self' blob:"),
        withMedia('connect-src', "'self'"),
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    // Every asset stays a file under /_astro/ (no data: URIs), so the policy above needs no `data:`.
    build: { assetsInlineLimit: 0 },
    server: {
      proxy: { '/api': devApi, '/blobs': devApi },
    },
  },
});
