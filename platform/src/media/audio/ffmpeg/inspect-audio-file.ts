import { findFfmpeg, probeMedia } from '../../ffmpeg/index.ts';
import { UndecodableAudioError } from '../audio-errors.ts';
import { ebur128Loudness } from './ebur128-loudness.ts';

export interface AudioFileReport {
  codec: string;
  sampleRate: number;
  channels: number;
  durationSec: number;
  /** As ffmpeg's ebur128 filter measures it after decoding: what a listener (or a platform's meter) gets. */
  integratedLufs: number;
  samplePeakDbfs: number;
}

/**
 * What an audio file really holds, read back by ffprobe and ffmpeg rather than taken from the code that wrote it:
 * how tests and benchmarks check outputs, and how uploaded audio can be described.
 * @throws UndecodableAudioError when the file holds no audio stream
 */
export async function inspectAudioFile(path: string, signal?: AbortSignal): Promise<AudioFileReport> {
  const ffmpeg = await findFfmpeg();
  const info = await probeMedia(ffmpeg, path, signal ? { signal } : {});
  const durationSec = info.audio?.durationSec ?? info.durationSec;
  if (!info.audio || durationSec === null) throw new UndecodableAudioError(`${path} holds no audio stream`);
  const loudness = await ebur128Loudness(path, signal);
  return {
    codec: info.audio.codec,
    sampleRate: info.audio.sampleRate,
    channels: info.audio.channels,
    durationSec,
    ...loudness,
  };
}
