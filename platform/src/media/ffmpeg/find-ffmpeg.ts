import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { type FfmpegCapabilities, parseCapabilities, parseVersion } from './ffmpeg-capabilities.ts';
import { FfmpegCapabilityError, FfmpegNotFoundError, type MediaTool } from './ffmpeg-errors.ts';
import { runMediaTool } from './run-media-tool.ts';

export interface MediaToolLocation {
  path: string;
  /** `system`: found on PATH (Debian's ffmpeg); `npm`: the static binary shipped in `@<tool>-installer/<tool>`. */
  source: 'system' | 'npm';
}

export interface FfmpegInstallation {
  ffmpeg: MediaToolLocation;
  ffprobe: MediaToolLocation;
  /** ffmpeg's version string, e.g. `5.1.9-0+deb12u1`. */
  version: string;
  capabilities: FfmpegCapabilities;
}

export interface FindFfmpegOptions {
  /** The PATH to search; `process.env.PATH` by default. An empty string skips the system binaries. */
  pathEnv?: string;
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function onPath(tool: MediaTool, pathEnv: string): Promise<string | undefined> {
  for (const dir of pathEnv.split(delimiter)) {
    if (dir && (await isExecutable(join(dir, tool)))) return join(dir, tool);
  }
  return undefined;
}

/** The installer packages resolve their platform's binary package; they throw (a string) on other platforms. */
async function fromNpm(tool: MediaTool): Promise<string | undefined> {
  try {
    const installer: unknown = createRequire(import.meta.url)(`@${tool}-installer/${tool}`);
    const path = (installer as { path?: unknown }).path;
    return typeof path === 'string' && (await isExecutable(path)) ? path : undefined;
  } catch {
    return undefined;
  }
}

async function locate(tool: MediaTool, pathEnv: string): Promise<MediaToolLocation> {
  const system = await onPath(tool, pathEnv);
  if (system) return { path: system, source: 'system' };
  const packaged = await fromNpm(tool);
  if (packaged) return { path: packaged, source: 'npm' };
  throw new FfmpegNotFoundError(tool, pathEnv);
}

async function inspect(pathEnv: string): Promise<FfmpegInstallation> {
  const [ffmpeg, ffprobe] = await Promise.all([locate('ffmpeg', pathEnv), locate('ffprobe', pathEnv)]);
  const list = async (flag: string): Promise<string> =>
    (await runMediaTool('ffmpeg', ffmpeg.path, ['-hide_banner', flag], { timeoutMs: 30_000 })).stdout;
  const [version, filters, encoders] = await Promise.all([list('-version'), list('-filters'), list('-encoders')]);
  return { ffmpeg, ffprobe, version: parseVersion(version), capabilities: parseCapabilities(filters, encoders) };
}

const installations = new Map<string, Promise<FfmpegInstallation>>();

/**
 * The ffmpeg and ffprobe this process uses: the system's first (maintained, with libass and every filter), else
 * the npm packages' static builds (ffmpeg 4.1: no xfade). Inspected once per PATH and cached.
 * @throws FfmpegNotFoundError
 */
export function findFfmpeg(options: FindFfmpegOptions = {}): Promise<FfmpegInstallation> {
  const pathEnv = options.pathEnv ?? process.env['PATH'] ?? '';
  let installation = installations.get(pathEnv);
  if (!installation) {
    installation = inspect(pathEnv);
    installations.set(pathEnv, installation);
    // A failure is not cached: ffmpeg may be installed while the process runs.
    installation.catch(() => installations.delete(pathEnv));
  }
  return installation;
}

/** Throws when the build lacks any of the filters or encoders named. */
export function requireCapabilities(
  installation: FfmpegInstallation,
  needs: { filters?: readonly string[]; encoders?: readonly string[] },
): void {
  const missing = [
    ...(needs.filters ?? []).filter((name) => !installation.capabilities.filters.has(name)).map((n) => `filter ${n}`),
    ...(needs.encoders ?? [])
      .filter((name) => !installation.capabilities.encoders.has(name))
      .map((n) => `encoder ${n}`),
  ];
  if (missing.length > 0) throw new FfmpegCapabilityError(installation.version, missing);
}
