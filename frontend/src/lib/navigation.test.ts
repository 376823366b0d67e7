import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAIN_NAVIGATION, PAGES, safeNextPath } from './navigation.ts';

describe('safeNextPath', () => {
  it('keeps a path on this site with its query', () => {
    expect(safeNextPath('/job/?id=abc')).toBe('/job/?id=abc');
    expect(safeNextPath('/library/')).toBe('/library/');
  });

  it.each([null, 'https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', 'library'])(
    'sends %s to the dashboard',
    (next) => {
      expect(safeNextPath(next)).toBe(PAGES.dashboard);
    },
  );

  it('never leaves the site, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string(), (next) => {
        const path = safeNextPath(next);
        expect(new URL(path, 'https://contentflow.test').origin).toBe('https://contentflow.test');
      }),
    );
  });
});

describe('PAGES', () => {
  it('puts a job id in the query, encoded', () => {
    expect(PAGES.job('a b&c')).toBe('/job/?id=a%20b%26c');
  });

  it('preselects a task or a workflow through the query, encoded', () => {
    expect(PAGES.newJobFor('text.analyze')).toBe('/jobs/new/?task=text.analyze');
    expect(PAGES.newPackageFor('article package')).toBe('/packages/new/?workflow=article%20package');
  });
});

describe('MAIN_NAVIGATION', () => {
  it('links the signed-in pages, each once, to paths a sign-in may return to', () => {
    expect(MAIN_NAVIGATION.map((link) => link.label)).toEqual(['Dashboard', 'New job', 'New package', 'Library']);
    expect(new Set(MAIN_NAVIGATION.map((link) => link.href)).size).toBe(MAIN_NAVIGATION.length);
    for (const link of MAIN_NAVIGATION) expect(safeNextPath(link.href)).toBe(link.href);
  });
});
