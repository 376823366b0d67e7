import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { freePort } from './system/free-port.ts';
import { useLocalSystemShell } from './test-support/local-system-shell.ts';
import { startCli } from './test-support/run-cli.ts';

/*
 * The `contentflow` command as a user runs it, against the whole local system (`contentflow start`, what
 * `npm start` runs) in another process: real API, queue, bus, job processor and text engine.
 */

const EMAIL = 'ana@example.com';
const PASSWORD = 'correct horse battery staple';
/** A text whose analysis is known: 15 words in 3 sentences. */
const TEXT = 'ContentFlow turns a request into finished content. It is fast and simple. Writers love it.';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const user = useLocalSystemShell('cf-cli-');
const { contentflow, root, dataDir, configDir, workDir } = user;

describe('contentflow against the local system', () => {
  let jobId = '';
  let contentId = '';
  const startedAt = new Date(Date.now() - 1000).toISOString();

  test('without a login, a command says how to log in (exit 2)', async () => {
    const run = await contentflow(['jobs', 'list']);
    expect(run).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'contentflow: not logged in: run `contentflow login --email <email>` (or set CONTENTFLOW_TOKEN)\n',
    });
  });

  test('signup creates the account and saves the login, 0600, without ever printing the password or token', async () => {
    const run = await contentflow(['signup', '--email', EMAIL, '--name', 'Ana', '--password-stdin'], {
      stdin: `${PASSWORD}\n`,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const file = join(configDir, 'credentials.json');
    expect(run.stdout).toMatch(
      new RegExp(`^logged in to ${user.url} as ${EMAIL} until \\S+ \\(saved in ${file}\\)\\n$`),
    );
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(configDir).mode & 0o777).toBe(0o700);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved).toMatchObject({ apiUrl: user.url, token: expect.any(String) });
    expect(run.stdout).not.toContain(saved.token);
    expect(run.stdout).not.toContain(PASSWORD);
  });

  test('login: a wrong password is the API’s 401 (exit 1); the right one logs in again', async () => {
    const wrong = await contentflow(['login', '--email', EMAIL, '--password-stdin'], { stdin: 'not the password\n' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/^contentflow: API 401 Unauthorized: .+\n$/);
    expect(wrong.stderr).not.toContain('not the password');

    const right = await contentflow(['login', '--email', EMAIL, '--password-stdin'], { stdin: PASSWORD });
    expect(right).toMatchObject({ code: 0, stderr: '' });
  });

  test('jobs submit --watch follows text.analyze until it succeeds and prints the content id', async () => {
    const run = await contentflow([
      'jobs',
      'submit',
      '--engine',
      'text',
      '--task',
      'analyze',
      '--input',
      JSON.stringify({ text: TEXT }),
      '--watch',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    jobId = lines[0]!;
    expect(jobId).toMatch(UUID);
    // Stdout is not a terminal here: one line per status, ending with the finished job and its content.
    expect(lines.slice(1, -1).at(-1)).toMatch(/^succeeded 100%/);
    const contentLine = /^content (\S+)$/.exec(lines.at(-1)!);
    expect(contentLine).not.toBeNull();
    contentId = contentLine![1]!;
  });

  test('jobs get shows the finished job; --json gives it whole', async () => {
    const [text, json] = await Promise.all([
      contentflow(['jobs', 'get', jobId]),
      contentflow(['jobs', 'get', jobId, '--json']),
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`^id: +${jobId}\\ntask: +text.analyze\\nstatus: +succeeded\\n`));
    expect(text.stdout).toMatch(new RegExp(`\\ncontent: +${contentId}\\n`));
    expect(JSON.parse(json.stdout)).toMatchObject({ id: jobId, status: 'succeeded', contentIds: [contentId] });
  });

  test('jobs list prints a table of the jobs; filters go to the API', async () => {
    const [table, failed] = await Promise.all([
      contentflow(['jobs', 'list']),
      contentflow(['jobs', 'list', '--status', 'failed', '--limit', '5']),
    ]);
    expect(table.code).toBe(0);
    const [header, ...rows] = table.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^ID +TASK +STATUS +PROGRESS +CREATED$/);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(new RegExp(`^${jobId} +text\\.analyze +succeeded +100%`));
    expect(failed).toMatchObject({ code: 0, stdout: 'no jobs\n' });
  });

  test('content download saves the JSON under the API’s file name, and never overwrites it without --force', async () => {
    const run = await contentflow(['content', 'download', contentId]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const name = run.stdout.trim();
    expect(name).toBe(`text-analysis-${contentId}.json`);
    const analysis = JSON.parse(readFileSync(join(workDir, name), 'utf8'));
    expect(analysis.counts).toMatchObject({ words: 15, sentences: 3 });

    const again = await contentflow(['content', 'download', contentId]);
    expect(again).toMatchObject({
      code: 2,
      stderr: `contentflow: ${name} already exists; pass --force to overwrite it\n`,
    });
    expect(await contentflow(['content', 'download', contentId, '--force'])).toMatchObject({ code: 0 });
    expect(readdirSync(workDir)).toEqual([name]);
  });

  test('content download --output - writes the bytes to stdout', async () => {
    const run = await contentflow(['content', 'download', contentId, '--output', '-']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).counts).toMatchObject({ words: 15, sentences: 3 });
  });

  test('events tail prints the matching events of the local bus as JSON lines, following new ones until Ctrl-C', async () => {
    const tail = startCli(
      [
        'events',
        'tail',
        '--pattern',
        '{"detail-type": ["Job.Completed"]}',
        '--since',
        startedAt,
        '--data-dir',
        dataDir,
      ],
      { env: { CONTENTFLOW_CONFIG_DIR: configDir } },
    );
    const completedJobs = () =>
      tail
        .stdout()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line));
    try {
      // The job that already ran is in the archive…
      await expect
        .poll(() => completedJobs().map((event) => event.detail.data.jobId), { timeout: 15_000 })
        .toEqual([jobId]);
      // …and one submitted now shows up as it completes.
      const next = await contentflow([
        'jobs',
        'submit',
        '--engine',
        'text',
        '--task',
        'analyze',
        '--input',
        '{"text": "Again."}',
      ]);
      const nextId = next.stdout.trim();
      await expect
        .poll(() => completedJobs().map((event) => event.detail.data.jobId), { timeout: 15_000 })
        .toEqual([jobId, nextId]);
      expect(completedJobs().every((event) => event['detail-type'] === 'Job.Completed')).toBe(true);
    } finally {
      tail.child.kill('SIGINT');
    }
    expect(await tail.exited).toMatchObject({ code: 0, stderr: '' });
  });

  test('bad input JSON is refused before anything is sent (exit 2); an unknown engine gets the API’s message (exit 1)', async () => {
    const [badJson, unknownEngine] = await Promise.all([
      contentflow(['jobs', 'submit', '--engine', 'text', '--task', 'analyze', '--input', '{"text": ']),
      contentflow(['jobs', 'submit', '--engine', 'nope', '--task', 'analyze', '--input', '{"text": "x"}']),
    ]);
    expect(badJson.code).toBe(2);
    expect(badJson.stderr).toMatch(/^contentflow: --input is not valid JSON: .+\n$/);
    expect(unknownEngine.code).toBe(1);
    expect(unknownEngine.stderr).toMatch(
      /^contentflow: API 400 Bad Request: unknown engine "nope"; known engines: .*"text"/,
    );
  });

  test('cancelling a finished job is the API’s conflict (exit 1)', async () => {
    const run = await contentflow(['jobs', 'cancel', jobId]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^contentflow: API 409 Conflict: .+\n$/);
  });

  test('an API that cannot be reached is named, with the likely fix (exit 1)', async () => {
    // Free, so nothing listens there.
    const port = await freePort('127.0.0.1');
    const run = await contentflow(['jobs', 'list'], {
      env: { CONTENTFLOW_API_URL: `http://127.0.0.1:${port}`, CONTENTFLOW_TOKEN: 'any' },
    });
    expect(run).toMatchObject({
      code: 1,
      stderr: `contentflow: cannot reach the API at http://127.0.0.1:${port} — is \`npm start\` running? (ECONNREFUSED)\n`,
    });
  });

  test('events tail: an invalid pattern or a missing archive is a usage error (exit 2)', async () => {
    const [badPattern, noArchive] = await Promise.all([
      contentflow(['events', 'tail', '--pattern', '{"source": "not-an-array"}', '--data-dir', dataDir]),
      contentflow(['events', 'tail', '--pattern', '{"source": ["x"]}', '--data-dir', join(root, 'nothing')]),
    ]);
    expect(badPattern.code).toBe(2);
    expect(badPattern.stderr).toMatch(/^contentflow: Event pattern is not valid\. Reason: .+\n$/);
    expect(noArchive).toMatchObject({
      code: 2,
      stderr: `contentflow: no local event archive at ${join(root, 'nothing', 'contentflow.db')}: start the local system (npm start) or point --data-dir at its data\n`,
    });
  });
});
