import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { textManifest } from '@contentflow/text';
import { afterAll, expect, test } from 'vitest';
import { ResourceNames, stackName } from '../config/resource-names.ts';
import { testApp, testConfig } from '../test-support/test-app.ts';
import { ServiceStack } from './service-stack.ts';

const bundled = testApp({ bundle: true });
afterAll(() => bundled.dispose());

test('a service’s handler is bundled by the local esbuild into an ES module Node loads', { timeout: 120_000 }, () => {
  const { app } = bundled;
  new ServiceStack(app, stackName(textManifest.service), {
    deployment: { manifest: textManifest },
    names: new ResourceNames(testConfig(app).stage),
  });
  const assembly = app.synth();
  const bundles = readdirSync(assembly.directory)
    .filter((entry) => entry.startsWith('asset.'))
    .map((entry) => join(assembly.directory, entry, 'index.mjs'))
    .filter((file) => readdirSync(join(file, '..')).includes('index.mjs'));
  expect(bundles).toHaveLength(textManifest.subscriptions.length);
  // Loaded in a separate Node, as Lambda would: the bundle must resolve everything it imports by itself.
  const exportName = textManifest.subscriptions[0]!.handler.exportName;
  const loaded = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const m = await import(${JSON.stringify(pathToFileURL(bundles[0]!).href)}); console.log(typeof m[${JSON.stringify(exportName)}]);`,
    ],
    { cwd: join(bundles[0]!, '..'), encoding: 'utf8', env: { PATH: process.env['PATH'] } },
  );
  expect(loaded.trim()).toBe('function');
});
