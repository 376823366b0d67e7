import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../test-support/run-cli.ts';

const contentflow = (...args: string[]) => runCli(args);

const testPattern = (pattern: string, event: string) =>
  contentflow('events', 'test-pattern', '--pattern', pattern, '--event', event);

const EVENT = JSON.stringify({
  id: '1',
  source: 'contentflow.text',
  'detail-type': 'Copy Ready',
  account: '123456789012',
  region: 'eu-west-1',
  time: '2026-11-26T10:00:00Z',
  resources: [],
  detail: { words: 420, channel: 'blog' },
});

const dir = mkdtempSync(join(tmpdir(), 'cf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('contentflow events test-pattern', () => {
  test('prints true and exits 0 when the pattern matches', async () => {
    const run = await testPattern(
      '{"source": [{"prefix": "contentflow."}], "detail": {"words": [{"numeric": [">", 400]}]}}',
      EVENT,
    );
    expect(run).toEqual({ code: 0, stdout: 'true\n', stderr: '' });
  });

  test('prints false and exits 0 when it does not', async () => {
    const run = await testPattern('{"detail": {"channel": ["youtube"]}}', EVENT);
    expect(run).toEqual({ code: 0, stdout: 'false\n', stderr: '' });
  });

  test('reads either argument from a file given as @path, keeping repeated keys as EventBridge reads them', async () => {
    const patternFile = join(dir, 'pattern.json');
    const eventFile = join(dir, 'event.json');
    // The second "channel" replaces the first, as in EventBridge.
    writeFileSync(patternFile, '{"detail": {"channel": ["youtube"], "channel": ["blog"]}}');
    writeFileSync(eventFile, EVENT);
    const run = await testPattern(`@${patternFile}`, `@${eventFile}`);
    expect(run).toEqual({ code: 0, stdout: 'true\n', stderr: '' });
  });

  test('an invalid pattern prints the validation error to stderr and exits 2', async () => {
    const run = await testPattern('{"detail": {"channel": [{"prefix": 7}]}}', EVENT);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'contentflow: Event pattern is not valid. Reason: prefix match pattern must be a string ' +
        '(at detail.channel[0].prefix, line 1, column 36)\n',
    );
  });

  test('input that is not JSON, or not an event object, or not readable, is named and exits 2', async () => {
    const [badEvent, arrayEvent, badPattern, missingFile] = await Promise.all([
      testPattern('{"source": ["a"]}', '{"source": '),
      testPattern('{"source": ["a"]}', '[1]'),
      testPattern('{"source": ["a"', EVENT),
      testPattern(`@${join(dir, 'missing.json')}`, EVENT),
    ]);
    expect(badEvent.code).toBe(2);
    expect(badEvent.stderr).toMatch(/^contentflow: --event is not valid JSON: /);
    expect(arrayEvent).toMatchObject({ code: 2, stderr: 'contentflow: --event must be a JSON object\n' });
    expect(badPattern.code).toBe(2);
    expect(badPattern.stderr).toMatch(/^contentflow: Event pattern is not valid\. Reason: Filter is not valid JSON: /);
    expect(missingFile).toMatchObject({
      code: 2,
      stderr: `contentflow: cannot read --pattern file ${join(dir, 'missing.json')}: ENOENT\n`,
    });
  });

  test('a missing option is a usage error: exit 2 with commander’s message', async () => {
    const run = await contentflow('events', 'test-pattern', '--pattern', '{"source": ["a"]}');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("required option '--event <json>' not specified");
  });

  test('the command is listed in the help of its group', async () => {
    const run = await contentflow('events', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('test-pattern [options]');
  });
});
