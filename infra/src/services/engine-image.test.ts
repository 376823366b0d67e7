import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { HandlerReference } from '@contentflow/platform';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../config/repo-paths.ts';
import { ResourceNames, stackName } from '../config/resource-names.ts';
import { dockerImageSources } from '../test-support/docker-image-assets.ts';
import { SYNTH_TIMEOUT_MS, testApp, testConfig } from '../test-support/test-app.ts';
import { imageHandlerEnvironment } from './engine-image.ts';
import { ManifestWiringError } from './manifest-wiring-error.ts';
import { SERVICES } from './service-catalog.ts';
import { ServiceStack } from './service-stack.ts';

const imageServices = SERVICES.filter((deployment) => deployment.image);

/** Every file under a directory, relative to it, with `/` separators. */
function filesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

describe('the build context CDK stages for an engine image', () => {
  const video = SERVICES.find((deployment) => deployment.manifest.service === 'video')!;
  const synthesis = testApp();
  let staged: string[] = [];
  beforeAll(() => {
    const { app } = synthesis;
    new ServiceStack(app, stackName('video'), { deployment: video, names: new ResourceNames(testConfig(app).stage) });
    const assembly = app.synth();
    const [source] = dockerImageSources(assembly, stackName('video'));
    staged = filesUnder(join(assembly.directory, source!.directory!));
  }, SYNTH_TIMEOUT_MS);
  afterAll(() => synthesis.dispose());

  test('holds what npm ci needs and the sources the image runs, of this service alone', () => {
    expect(staged).toEqual(
      expect.arrayContaining([
        'package.json',
        'package-lock.json',
        'platform/package.json',
        'services/text/package.json',
        'infra/docker/engine.Dockerfile',
        'infra/docker/lambda-handler.mjs',
        relative(REPO_ROOT, video.manifest.subscriptions[0]!.handler.entry),
      ]),
    );
    expect(staged.filter((file) => file.startsWith('events/src/')).length).toBeGreaterThan(0);
    expect(staged.filter((file) => file.startsWith('platform/src/')).length).toBeGreaterThan(0);
    expect(staged.filter((file) => /^services\/(?!video\/)[^/]+\/src\//.test(file))).toEqual([]);
  });

  test('leaves out installed packages, tests and everything else', () => {
    expect(staged.filter((file) => file.includes('node_modules/') || file.endsWith('.test.ts'))).toEqual([]);
    expect(staged.filter((file) => /^(infra\/src|cli\/src|frontend\/src|tests\/src)\//.test(file))).toEqual([]);
  });
});

describe('the handler shim the engine images start', () => {
  // A task root laid out as in the image: the shim at the top, the services beside it.
  const taskRoot = mkdtempSync(join(tmpdir(), 'cf-task-root-'));
  copyFileSync(join(REPO_ROOT, 'infra/docker/lambda-handler.mjs'), join(taskRoot, 'lambda-handler.mjs'));
  symlinkSync(join(REPO_ROOT, 'services'), join(taskRoot, 'services'));
  afterAll(() => rmSync(taskRoot, { recursive: true, force: true }));

  const load = (environment: Record<string, string>) =>
    execFileSync(
      process.execPath,
      ['--input-type=module', '-e', 'const m = await import("./lambda-handler.mjs"); console.log(typeof m.handler);'],
      { cwd: taskRoot, encoding: 'utf8', stdio: 'pipe', env: { PATH: process.env['PATH'], ...environment } },
    ).trim();

  test.each(
    imageServices.flatMap(({ manifest }) =>
      manifest.subscriptions.map((subscription) => [manifest.service, subscription] as const),
    ),
  )('%s: loads the TypeScript handler its function names', { timeout: 60_000 }, (service, subscription) => {
    expect(load(imageHandlerEnvironment(service, subscription.handler))).toBe('function');
  });

  test('a module without the export fails the cold start with both names', () => {
    const { manifest } = imageServices[0]!;
    const environment = imageHandlerEnvironment(manifest.service, manifest.subscriptions[0]!.handler);
    expect(() => load({ ...environment, CONTENTFLOW_HANDLER_EXPORT: 'missing' })).toThrow(
      /has no function export "missing"/,
    );
  });

  test('the image only holds its own service, so a handler elsewhere is refused at synth', () => {
    const elsewhere = { entry: join(REPO_ROOT, 'services/text/src/handlers/x.handler.ts'), exportName: 'handler' };
    expect(() => imageHandlerEnvironment('video', elsewhere as HandlerReference)).toThrow(ManifestWiringError);
  });
});
