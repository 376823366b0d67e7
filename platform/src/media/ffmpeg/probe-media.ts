import { z } from 'zod';
import type { FfmpegInstallation } from './find-ffmpeg.ts';
import { type RunMediaToolOptions, runMediaTool } from './run-media-tool.ts';

export interface VideoStreamInfo {
  kind: 'video';
  index: number;
  codec: string;
  width: number;
  height: number;
  /** Average frame rate; null when ffprobe cannot tell (`0/0`). */
  fps: number | null;
  pixelFormat: string | null;
  durationSec: number | null;
}

export interface AudioStreamInfo {
  kind: 'audio';
  index: number;
  codec: string;
  sampleRate: number;
  channels: number;
  durationSec: number | null;
}

export interface OtherStreamInfo {
  kind: 'subtitle' | 'data' | 'attachment';
  index: number;
  codec: string | null;
}

export type StreamInfo = VideoStreamInfo | AudioStreamInfo | OtherStreamInfo;

export interface MediaInfo {
  /** ffprobe's demuxer names, e.g. `mov,mp4,m4a,3gp,3g2,mj2` or `png_pipe`. */
  formatName: string;
  durationSec: number | null;
  sizeBytes: number;
  streams: StreamInfo[];
  /** The first video and audio streams, the ones players pick. */
  video: VideoStreamInfo | undefined;
  audio: AudioStreamInfo | undefined;
}

// ffprobe prints most numbers as strings ("30.000000"); `N/A` or absence means unknown.
const numeric = z
  .union([z.string(), z.number()])
  .optional()
  .transform((value) => {
    const parsed = typeof value === 'number' ? value : Number.parseFloat(value ?? '');
    return Number.isFinite(parsed) ? parsed : null;
  });
const rational = z
  .string()
  .optional()
  .transform((value) => {
    const [num, den] = (value ?? '').split('/').map(Number);
    return num !== undefined && den !== undefined && den > 0 && Number.isFinite(num) ? num / den : null;
  });

const ffprobeOutputSchema = z.object({
  streams: z.array(
    z.object({
      index: z.int().nonnegative(),
      codec_type: z.string(),
      codec_name: z.string().optional(),
      width: z.int().optional(),
      height: z.int().optional(),
      pix_fmt: z.string().optional(),
      avg_frame_rate: rational,
      sample_rate: numeric,
      channels: z.int().optional(),
      duration: numeric,
    }),
  ),
  format: z.object({ format_name: z.string(), duration: numeric, size: numeric }),
});

type FfprobeStream = z.infer<typeof ffprobeOutputSchema>['streams'][number];

function streamInfo(stream: FfprobeStream): StreamInfo {
  const codec = stream.codec_name ?? 'unknown';
  if (stream.codec_type === 'video') {
    return {
      kind: 'video',
      index: stream.index,
      codec,
      width: stream.width ?? 0,
      height: stream.height ?? 0,
      fps: stream.avg_frame_rate,
      pixelFormat: stream.pix_fmt ?? null,
      durationSec: stream.duration,
    };
  }
  if (stream.codec_type === 'audio') {
    return {
      kind: 'audio',
      index: stream.index,
      codec,
      sampleRate: stream.sample_rate ?? 0,
      channels: stream.channels ?? 0,
      durationSec: stream.duration,
    };
  }
  const kind = stream.codec_type === 'subtitle' || stream.codec_type === 'attachment' ? stream.codec_type : 'data';
  return { kind, index: stream.index, codec: stream.codec_name ?? null };
}

/**
 * Streams, codecs, dimensions, frame rate and duration of a media file, from `ffprobe -show_format -show_streams`.
 * ffprobe succeeds on some broken files (a PNG with a bad signature probes as 0×0), so callers check the values.
 * @throws MediaToolExitError when ffprobe cannot read the file at all
 */
export async function probeMedia(
  installation: FfmpegInstallation,
  file: string,
  options: Pick<RunMediaToolOptions, 'signal' | 'timeoutMs'> = {},
): Promise<MediaInfo> {
  const { stdout } = await runMediaTool(
    'ffprobe',
    installation.ffprobe.path,
    ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file],
    { timeoutMs: 30_000, ...options },
  );
  const parsed = ffprobeOutputSchema.parse(JSON.parse(stdout));
  const streams = parsed.streams.map(streamInfo);
  return {
    formatName: parsed.format.format_name,
    durationSec: parsed.format.duration,
    sizeBytes: parsed.format.size ?? 0,
    streams,
    video: streams.find((stream): stream is VideoStreamInfo => stream.kind === 'video'),
    audio: streams.find((stream): stream is AudioStreamInfo => stream.kind === 'audio'),
  };
}
