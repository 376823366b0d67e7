import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { CliError, EXIT_INVALID_INPUT } from './cli-error.ts';
import { createProgram } from './program.ts';

/*
 * Every command checks its options and arguments before it reads a password, a file or the network, and names
 * the flag at fault. Run in-process through the real program: these all fail before any side effect.
 */

const configDir = mkdtempSync(join(tmpdir(), 'cf-'));
beforeAll(() => {
  // No saved login of the developer running the tests is ever read.
  vi.stubEnv('CONTENTFLOW_CONFIG_DIR', configDir);
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(configDir, { recursive: true, force: true });
});

async function parse(args: readonly string[]): Promise<unknown> {
  const program = await createProgram();
  return program.parseAsync(args, { from: 'user' }).then(
    () => expect.fail(`contentflow ${args.join(' ')} should have failed`),
    (error: unknown) => error,
  );
}

const SUBMIT = ['jobs', 'submit', '--engine', 'text', '--task', 'analyze', '--input', '{"text": "hi"}'];

describe('option and argument checks', () => {
  test.each([
    [['jobs', 'list', '--limit', '0'], '--limit: must be an integer from 1 to 100'],
    [['jobs', 'list', '--limit', '2.5'], '--limit: must be an integer from 1 to 100'],
    [['jobs', 'list', '--limit', 'ten'], '--limit: must be a number'],
    [['jobs', 'list', '--status', 'done'], '--status: must be one of queued, running, succeeded, failed, cancelled'],
    [['jobs', 'get', '../etc'], '<id> "../etc": an id is 1–64 of [A-Za-z0-9_-]'],
    [['jobs', 'cancel', 'a b'], '<id> "a b": an id is 1–64 of [A-Za-z0-9_-]'],
    [['content', 'download', 'x/y'], '<contentId> "x/y": an id is 1–64 of [A-Za-z0-9_-]'],
    [['content', 'download', 'c1', '--output', ''], '--output: must not be empty'],
    [
      [...SUBMIT, '--idempotency-key', 'has space'],
      '--idempotency-key: must be 1–255 visible ASCII characters, without spaces',
    ],
    [[...SUBMIT, '--api-url', 'localhost:3000'], '--api-url must be an http:// or https:// URL: "localhost:3000"'],
    [
      ['packages', 'create', 'Short Video'],
      '<package> "Short Video": a package is a short name (short, explainer, article) or a workflow name',
    ],
    [
      ['packages', 'create', 'short', '--length', '15 s'],
      '--length: must be a number of seconds (videos) or a length name (articles)',
    ],
    [['packages', 'create', 'short', '--platform', 'Tik Tok'], '--platform: must be a platform name, e.g. tiktok'],
    [['packages', 'create', 'short', '--topic', '  '], '--topic: must not be empty'],
    [
      ['packages', 'create', 'short', '--idempotency-key', 'a b'],
      '--idempotency-key: must be 1–255 visible ASCII characters, without spaces',
    ],
    [['packages', 'get', '../x'], '<id> "../x": an id is 1–64 of [A-Za-z0-9_-]'],
    [['packages', 'cancel', 'a b'], '<id> "a b": an id is 1–64 of [A-Za-z0-9_-]'],
    [['login', '--email', 'not-an-email'], '--email: must be an email address'],
    [['signup', '--email', 'ana@example.com', '--name', '  '], '--name: must not be empty'],
    [
      ['events', 'tail', '--pattern', '{"source": ["x"]}', '--since', 'yesterday'],
      '--since: must be an ISO 8601 date or date-time, e.g. 2026-11-02T10:00:00Z',
    ],
  ])('contentflow %j → %s', async (args, message) => {
    const error = await parse(args);
    expect(error).toBeInstanceOf(CliError);
    expect(error).toMatchObject({ message, exitCode: EXIT_INVALID_INPUT });
  });
});
