import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { siteRoutes } from './site.routes.ts';

const site = mkdtempSync(join(tmpdir(), 'cf-site-'));
mkdirSync(join(site, 'jobs', 'new'), { recursive: true });
mkdirSync(join(site, '_astro'));
writeFileSync(join(site, 'index.html'), '<h1>home</h1>');
writeFileSync(join(site, 'jobs', 'new', 'index.html'), '<h1>new job</h1>');
writeFileSync(join(site, '_astro', 'app.1a2b.js'), 'console.log(1)');
writeFileSync(join(site, '404.html'), '<h1>not here</h1>');
writeFileSync(join(tmpdir(), 'cf-site-secret.txt'), 'secret');
afterAll(() => rmSync(site, { recursive: true, force: true }));

const app = siteRoutes(site);

describe('the web site served by the API', () => {
  test('pages come from their directory index, with HTML-only headers and revalidation', async () => {
    const home = await app.request('/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toContain('text/html');
    expect(home.headers.get('cache-control')).toBe('no-cache');
    expect(home.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(await home.text()).toBe('<h1>home</h1>');
    expect(await (await app.request('/jobs/new/')).text()).toBe('<h1>new job</h1>');
  });

  test('a directory without its slash is redirected so relative URLs resolve inside it', async () => {
    const response = await app.request('/jobs/new');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/jobs/new/');
  });

  test('hashed assets are cached for good', async () => {
    const asset = await app.request('/_astro/app.1a2b.js');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toContain('javascript');
  });

  test('unknown paths and paths that climb out of the site get the 404 page', async () => {
    for (const path of ['/nope', '/..%2fcf-site-secret.txt', '/%2e%2e/cf-site-secret.txt', '/%E0%A4%A']) {
      const response = await app.request(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toBe('<h1>not here</h1>');
    }
  });

  test('API paths are left to the API', async () => {
    expect((await app.request('/api/v1/engines')).status).toBe(404);
    expect(await (await app.request('/api/v1/engines')).text()).not.toContain('not here');
  });
});
