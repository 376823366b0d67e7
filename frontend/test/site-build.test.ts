import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from './build-site.ts';

const BUILD_MS = 120_000;

/** Every page the site has, as the files the static build writes. */
const PAGES = [
  'index.html',
  'login/index.html',
  'signup/index.html',
  'jobs/new/index.html',
  'packages/new/index.html',
  'job/index.html',
  'library/index.html',
  '404.html',
];

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((name) => join(root, name))
    .filter((path) => statSync(path).isFile());
}

/** The URLs a file makes the browser load or follow: src/href in HTML, url() in CSS, imports in JS. */
function referencesIn(path: string, text: string): string[] {
  const patterns: Record<string, RegExp[]> = {
    '.html': [/\s(?:src|href|action|poster)="([^"]*)"/g],
    '.css': [/url\(\s*['"]?([^'")]+)['"]?\s*\)/g],
    '.js': [/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g, /\bfrom\s*["']([^"']+)["']/g, /\bimport\s*["']([^"']+)["']/g],
  };
  return (patterns[extname(path)] ?? []).flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match) => match[1] ?? ''),
  );
}

describe('the built site', () => {
  let dist: string;
  let files: string[];

  beforeAll(async () => {
    dist = join(mkdtempSync(join(tmpdir(), 'cf-site-build-')), 'dist');
    await buildSite(dist);
    files = filesUnder(dist);
  }, BUILD_MS);

  afterAll(() => {
    if (dist) rmSync(dirname(dist), { recursive: true, force: true });
  });

  const read = (name: string): string => readFileSync(join(dist, name), 'utf8');

  it.each(PAGES)('has %s', (page) => {
    const html = read(page);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en">/);
    expect(html).toMatch(/<title>[^<]+ · ContentFlow<\/title>/);
    expect(html).toContain('<main id="main"');
  });

  it('references only its own files: no CDN, no other origin, nothing missing', () => {
    const references = files.flatMap((file) =>
      referencesIn(file, readFileSync(file, 'utf8')).map((url) => ({ file: relative(dist, file), url })),
    );
    expect(references.length).toBeGreaterThan(PAGES.length);
    for (const { file, url } of references) {
      if (url.startsWith('#')) continue;
      expect(url, `${file} → ${url}`).not.toMatch(/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i);
      const target = url.startsWith('/')
        ? join(dist, url.split(/[?#]/)[0] ?? '')
        : join(dirname(join(dist, file)), url);
      const exists = existsSync(target) && (statSync(target).isFile() || existsSync(join(target, 'index.html')));
      expect(exists, `${file} → ${url}`).toBe(true);
    }
  });

  it('bundles its font with it', () => {
    expect(files.some((file) => file.endsWith('.woff2'))).toBe(true);
  });

  it('sends every page with a content security policy that allows no inline script or style', () => {
    for (const page of PAGES) {
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(read(page))?.[1];
      expect(policy, page).toContain("default-src 'self'");
      expect(policy, page).toContain("object-src 'none'");
      expect(policy, page).not.toContain('unsafe-inline');
      expect(policy, page).not.toContain('unsafe-eval');
    }
  });

  it('has no inline event handler and no script that writes markup from strings', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (file.endsWith('.html')) expect(text, file).not.toMatch(/\son[a-z]+="/i);
      if (file.endsWith('.js'))
        expect(text, file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    }
  });
});
