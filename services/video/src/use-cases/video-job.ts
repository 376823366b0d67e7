import { readFile } from 'node:fs/promises';
import type { BrandKit } from '@contentflow/events';
import type { ModelProvider } from '@contentflow/platform';
import type { FfmpegInstallation } from '@contentflow/platform/ffmpeg';
import type { LayoutBrand } from '@contentflow/platform/render';
import type { CaptionFonts } from '../captions/caption-fonts.ts';
import type { Composition } from '../compose/composition.ts';
import { type EncodedVideo, encodeVideo } from '../compose/encode-video.ts';
import { loadTenantImage, type MediaStore } from '../media/tenant-media.ts';

/** What a use case needs from the job running it. */
export interface VideoJob {
  tenantId: string;
  signal: AbortSignal;
  /** Job.Progressed, 0–100. */
  progress(percent: number, message: string): Promise<void>;
}

/** The MP4 made, in memory (the working directory is gone by the time it is stored), with its report. */
export interface MadeVideo<O> {
  output: O;
  mp4: Buffer;
  /** The model that filmed background clips, when one did. */
  clips?: { provider: ModelProvider; model: string };
}

/** The brand kit as the renderer takes it, the logo read from the tenant's uploads. */
export async function layoutBrand(
  brand: BrandKit | undefined,
  media: MediaStore,
  tenantId: string,
): Promise<LayoutBrand | undefined> {
  if (!brand) return undefined;
  const { logoBlobKey, ...rest } = brand;
  return logoBlobKey
    ? { ...rest, logo: await loadTenantImage(media, tenantId, logoBlobKey, 'brand.logoBlobKey') }
    : rest;
}

/** Maps a 0–1 fraction of one stage onto the job's overall percent range. */
export function stage(job: VideoJob, from: number, to: number, message: string): (fraction: number) => Promise<void> {
  let reported = -1;
  return async (fraction) => {
    const percent = Math.round(from + (to - from) * fraction);
    // ffmpeg reports twice a second: only whole-percent steps become events.
    if (percent <= reported) return;
    reported = percent;
    await job.progress(percent, message);
  };
}

/** What the encoded file is, as ffprobe read it: the facts every video task reports. */
export function videoFacts(video: EncodedVideo, bytes: number) {
  const { info } = video;
  return {
    mimeType: 'video/mp4' as const,
    width: info.video?.width ?? 0,
    height: info.video?.height ?? 0,
    fps: info.video?.fps ?? 0,
    durationSec: info.durationSec ?? 0,
    videoCodec: info.video?.codec ?? 'none',
    audioCodec: info.audio?.codec ?? null,
    hasAudio: info.audio !== undefined,
    bytes,
    transitions: video.transitions,
  };
}

/**
 * Every video task's last stage: one encode of the composition (reported as 50–99 %), read back into memory
 * before the working directory goes, with the facts ffprobe found.
 */
export async function encodeForJob(
  composition: Composition,
  job: VideoJob,
  work: { ffmpeg: FfmpegInstallation; dir: string; fonts: CaptionFonts },
) {
  await job.progress(50, 'encoding the video');
  const video = await encodeVideo(composition, {
    ffmpeg: work.ffmpeg,
    workDir: work.dir,
    fontconfigFile: work.fonts.fontconfigFile,
    signal: job.signal,
    onProgress: stage(job, 50, 99, 'encoding the video'),
  });
  const mp4 = await readFile(video.file);
  return { mp4, facts: { ...videoFacts(video, mp4.byteLength), videoFile: composition.output } };
}
