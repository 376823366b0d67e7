import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TaskArtifact, TaskRunContext } from '@contentflow/platform';
import { type AudioFileReport, inspectAudioFile } from '@contentflow/platform/audio';
import { withTempDirectory } from '@contentflow/platform/ffmpeg';

/** What ffprobe and ffmpeg's ebur128 read from bytes a task produced. */
export function inspectBytes(bytes: Uint8Array, fileName: string): Promise<AudioFileReport> {
  return withTempDirectory('cf-audio-check-', async (dir) => {
    await writeFile(join(dir, fileName), bytes);
    return inspectAudioFile(join(dir, fileName));
  });
}

export function artifactBytes(artifact: TaskArtifact | undefined): Uint8Array {
  if (!(artifact?.body instanceof Uint8Array)) throw new Error('expected an in-memory artifact');
  return artifact.body;
}

/** A run context that records the progress reported. */
export function recordingContext(tenantId = 'tenant-a', signal = new AbortController().signal) {
  const reported: number[] = [];
  const context: TaskRunContext = {
    tenantId,
    jobId: 'job-1',
    signal,
    progress: async (percent) => {
      reported.push(percent);
    },
  };
  return { context, reported };
}

/**
 * Points the process's temp dir (os.tmpdir() reads TMPDIR on every call) at a fresh folder, so a test can check
 * that a task removed everything it created there.
 */
export function isolatedTempDir(): { leftovers(): string[]; restore(): void } {
  const previous = process.env['TMPDIR'];
  const dir = mkdtempSync(join(tmpdir(), 'cf-audio-service-test-'));
  process.env['TMPDIR'] = dir;
  return {
    leftovers: () => readdirSync(dir),
    restore: () => {
      if (previous === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = previous;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
