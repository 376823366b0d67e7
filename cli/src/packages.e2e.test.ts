import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { useLocalSystemShell } from './test-support/local-system-shell.ts';

/*
 * `contentflow packages …` as a user runs it, against the whole local system in another process: the API, the
 * orchestrator running the synthesized state machines, and the engines rendering real media. Packages that would
 * render a whole video (minutes here) are either stopped early by a failing step or cancelled.
 */

const user = useLocalSystemShell('cf-cli-packages-');
const { contentflow, workDir } = user;

/** `Video  failed  16ms  …` → `Video failed`: a step line without its timing and detail. */
function stepStates(stdout: string): string[] {
  return stdout
    .split('\n')
    .map((line) => /^([A-Z][A-Za-z]+) +(pending|running|succeeded|failed|skipped|cancelled)\b/.exec(line))
    .flatMap((match) => (match ? [`${match[1]} ${match[2]}`] : []));
}

/** Steps whose latest printed state is `running`. */
function stepsStillRunning(stdout: string): string[] {
  const latest = new Map<string, string>();
  for (const state of stepStates(stdout)) {
    const [step = '', status = ''] = state.split(' ');
    latest.set(step, status);
  }
  return [...latest].filter(([, status]) => status === 'running').map(([step]) => step);
}

beforeAll(async () => {
  const signup = await contentflow(['signup', '--email', 'pat@example.com', '--password-stdin'], {
    stdin: 'correct horse battery staple\n',
  });
  expect(signup).toMatchObject({ code: 0, stderr: '' });
});

describe('contentflow packages against the local system', () => {
  let partialId = '';

  test('packages list shows every workflow with its short name and steps', async () => {
    const run = await contentflow(['packages', 'list']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const [header, ...rows] = run.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^PACKAGE +TITLE +STEPS$/);
    expect(rows.find((row) => row.startsWith('short (short-video-package) '))).toMatch(/Script Narration Thumbnail/);
  });

  test('create --watch shows each step as it runs and ends; a failed step makes the package partial (exit 1)', async () => {
    // A given script skips the Script step; the picture it names is not the user's, so the Video step fails fast.
    const script = {
      hook: 'Bread is easier than you think',
      beats: [{ text: 'Feed the starter every morning.', mediaBlobKey: 'someone-else/uploads/missing.png' }],
      cta: 'Follow for the recipe',
    };
    writeFileSync(join(workDir, 'request.json'), JSON.stringify({ script }));
    const run = await contentflow([
      'packages',
      'create',
      'short',
      '--input',
      '@request.json',
      '--length',
      '15',
      '--watch',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^contentflow: package \S+ is partial: Video \(MEDIA_FORBIDDEN\) failed; .+\n$/);
    partialId = run.stdout.split('\n')[0]!;
    const states = stepStates(run.stdout);
    for (const step of ['Narration', 'Thumbnail', 'Music', 'Video', 'Title', 'Description', 'Hashtags']) {
      // Live: each step was shown running before it was shown finished.
      expect(states.indexOf(`${step} running`), step).toBeGreaterThanOrEqual(0);
      expect(states.indexOf(`${step} running`), step).toBeLessThan(
        states.findIndex((state) => state.startsWith(`${step} `) && !state.endsWith('running')),
      );
    }
    expect(states).toEqual(expect.arrayContaining(['Video failed', 'Title succeeded', 'Script skipped']));
    const kinds = run.stdout.split('\n').flatMap((line) => /^content \S+ {2}(\S+)/.exec(line)?.[1] ?? []);
    expect(kinds.sort()).toEqual(
      [
        'audio/music',
        'audio/narration',
        'audio/narration',
        'image/thumbnail',
        'text/description',
        'text/hashtags',
        'text/titles',
      ].sort(),
    );
    expect(run.stdout).toContain('download each with `contentflow content download <content-id>`');
  }, 120_000);

  test('packages get lists every step with its status; --json gives the execution', async () => {
    const [text, json] = await Promise.all([
      contentflow(['packages', 'get', partialId]),
      contentflow(['packages', 'get', partialId, '--json']),
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      new RegExp(`^id: +${partialId}\\nworkflow: +short-video-package\\nstatus: +succeeded\\n`),
    );
    expect(text.stdout).toMatch(/\nVideo +failed +\S+ +MEDIA_FORBIDDEN: /);
    const execution = JSON.parse(json.stdout);
    expect(execution.steps.map((step: { name: string; status: string }) => `${step.name} ${step.status}`)).toEqual([
      'Script skipped',
      'Narration succeeded',
      'Thumbnail succeeded',
      'Music succeeded',
      'Video failed',
      'Title succeeded',
      'Description succeeded',
      'Hashtags succeeded',
      'Schedule skipped',
    ]);
  });

  test('packages cancel stops a package being watched: the watch reports it cancelled (exit 1)', async () => {
    const watch = user.startContentflow([
      'packages',
      'create',
      'short',
      '--topic',
      'three habits of bakers',
      '--watch',
    ]);
    try {
      // Whichever step is under way when the watch first looks: a warm system finishes the script in milliseconds.
      await expect.poll(() => stepsStillRunning(watch.stdout()), { timeout: 60_000, interval: 100 }).not.toEqual([]);
      const id = watch.stdout().split('\n')[0]!;
      const cancel = await contentflow(['packages', 'cancel', id]);
      expect(cancel).toMatchObject({ code: 0, stdout: `package ${id} cancelled\n` });
    } finally {
      const ended = await watch.exited;
      expect(ended.code).toBe(1);
      expect(ended.stderr).toMatch(/^contentflow: package \S+ was cancelled\n$/);
    }
  }, 120_000);

  test('an unknown package is named with those that exist (exit 2), before anything is created', async () => {
    const run = await contentflow(['packages', 'create', 'podcast', '--topic', 'bread']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^contentflow: unknown package "podcast"; packages: short \(short-video-package\), /);
  });
});
