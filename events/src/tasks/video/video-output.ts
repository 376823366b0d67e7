import { z } from 'zod';
import { AUDIO_VOICES } from '../audio/audio-speech.input.ts';
import { MUSIC_CHOICES, VIDEO_STYLES } from './video-fields.ts';

/**
 * What every video task reports about its MP4, measured on the encoded file with ffprobe rather than taken
 * from the request; also the metadata of its content record.
 */
export const videoFileShape = {
  videoFile: z.string().min(1).describe("The MP4's file name in the job's folder (its blob key ends with it)."),
  mimeType: z.literal('video/mp4'),
  width: z.int().positive(),
  height: z.int().positive(),
  fps: z.number().positive(),
  durationSec: z.number().positive(),
  videoCodec: z.string().min(1).describe('`h264`.'),
  audioCodec: z.string().min(1).nullable().describe('`aac`, or null when the file has no audio.'),
  hasAudio: z.boolean(),
  bytes: z.int().positive(),
  captions: z.int().nonnegative().describe('Caption cues burned into the picture, in sync with the narration.'),
  scenes: z.int().positive().describe('Pictures shown in turn (beats or scene steps, the end card included).'),
  transitions: z
    .enum(['xfade', 'fade'])
    .describe('xfade: animated transitions; fade: fades through black, when the ffmpeg build lacks xfade.'),
  style: z.enum(VIDEO_STYLES),
  voice: z.enum(AUDIO_VOICES),
  voiceModel: z.string().min(1).describe('The speech provider’s voice, e.g. `flite-2.3/cmu_us_slt`.'),
  music: z.enum(MUSIC_CHOICES),
};
