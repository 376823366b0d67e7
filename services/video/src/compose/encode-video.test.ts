import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type FfmpegInstallation, findFfmpeg, withTempDirectory } from '@contentflow/platform/ffmpeg';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildAssSubtitles } from '../captions/ass-subtitles.ts';
import { CAPTION_FONT_NAME, prepareCaptionFonts } from '../captions/caption-fonts.ts';
import type { CaptionLook } from '../captions/caption-look.ts';
import { frameAt, gradientPng, meanBrightness, meanDifference, meanVolumeDb, toneWav } from '../video-test-support.ts';
import type { Composition } from './composition.ts';
import { encodeVideo } from './encode-video.ts';

const size = { width: 360, height: 640 };
const look: CaptionLook = {
  fontSize: 40,
  color: '#ffffff',
  highlight: '#ffd700',
  outlineColor: '#000000',
  outlinePx: 3,
  shadowPx: 0,
  marginBottomPx: 80,
  marginSidePx: 20,
  uppercase: false,
  karaoke: false,
};
const captionBand = { x: 0, y: 480, width: 360, height: 100 };
const topBand = { x: 0, y: 0, width: 360, height: 200 };

/** Three scenes: a zoom, a still scene of two states (a reveal), a pan; a caption inside the still state. */
async function composeSample(ffmpeg: FfmpegInstallation, dir: string): Promise<Composition> {
  const colors: [string, string][] = [
    ['0x3a1c71', '0xd76d77'],
    ['0x0f2027', '0x2c5364'],
    ['0x134e5e', '0x71b280'],
    ['0xf7971e', '0xffd200'],
  ];
  await Promise.all(colors.map((pair, index) => gradientPng(ffmpeg, join(dir, `frame-${index}.png`), size, pair)));
  await toneWav(ffmpeg, join(dir, 'soundtrack.wav'), 6);
  const fonts = await prepareCaptionFonts(dir);
  const cues = [{ text: 'Captions {in} sync', startSec: 2.0, endSec: 2.45 }];
  await writeFile(join(dir, 'captions.ass'), buildAssSubtitles({ ...size, fontName: CAPTION_FONT_NAME, look, cues }));
  return {
    ...size,
    fps: 30,
    transitionSec: 0.4,
    motionAmount: 0.1,
    scenes: [
      { states: [{ image: 'frame-0.png', durationSec: 1.5 }], motion: 'zoom-in', transition: 'fade' },
      {
        states: [
          { image: 'frame-1.png', durationSec: 1 },
          { image: 'frame-2.png', durationSec: 1 },
        ],
        motion: 'still',
        transition: 'slideup',
      },
      { states: [{ image: 'frame-3.png', durationSec: 1.5 }], motion: 'pan-left', transition: 'fade' },
    ],
    soundtrack: 'soundtrack.wav',
    subtitles: { file: 'captions.ass', fontsDir: fonts.fontsDir },
    output: 'video.mp4',
  };
}

function withoutXfade(ffmpeg: FfmpegInstallation): FfmpegInstallation {
  const filters = new Set([...ffmpeg.capabilities.filters].filter((name) => name !== 'xfade'));
  return { ...ffmpeg, capabilities: { ...ffmpeg.capabilities, filters } };
}

let system: FfmpegInstallation;
beforeAll(async () => {
  system = await findFfmpeg();
});

describe('encodeVideo', () => {
  test('makes an H.264/AAC MP4 of the exact length with audio and captions where the cues say', async () => {
    await withTempDirectory('cf-encode-', async (dir) => {
      const composition = await composeSample(system, dir);
      const fractions: number[] = [];
      const video = await encodeVideo(composition, {
        ffmpeg: system,
        workDir: dir,
        fontconfigFile: join(dir, 'fonts.conf'),
        onProgress: (fraction) => {
          fractions.push(fraction);
        },
      });
      expect(video.transitions).toBe('xfade');
      expect(video.info.video).toMatchObject({
        codec: 'h264',
        width: 360,
        height: 640,
        fps: 30,
        pixelFormat: 'yuv420p',
      });
      expect(video.info.audio).toMatchObject({ codec: 'aac' });
      expect(video.info.durationSec).toBeGreaterThan(4.8);
      expect(video.info.durationSec).toBeLessThan(5.2);
      expect(video.info.video?.durationSec).toBeCloseTo(5, 2);
      expect(await meanVolumeDb(system, video.file)).toBeGreaterThan(-30);
      expect(fractions.at(-1)).toBe(1);

      // Scene 1's first state is still from 1.7 s to 2.5 s: only the caption changes the picture in between.
      const withCaption = await frameAt(system, video.file, 2.2, size);
      const withoutCaption = await frameAt(system, video.file, 1.85, size);
      expect(meanDifference(withCaption, withoutCaption, captionBand)).toBeGreaterThan(8);
      expect(meanDifference(withCaption, withoutCaption, topBand)).toBeLessThan(1);
      // The second state replaces the first at 2.5 s: a reveal inside the scene.
      const revealed = await frameAt(system, video.file, 2.8, size);
      expect(meanDifference(revealed, withoutCaption, topBand)).toBeGreaterThan(5);
    });
  });

  test('without xfade the scenes fade through black and the length is unchanged', async () => {
    await withTempDirectory('cf-encode-fade-', async (dir) => {
      const composition = await composeSample(system, dir);
      const video = await encodeVideo(composition, {
        ffmpeg: withoutXfade(system),
        workDir: dir,
        fontconfigFile: join(dir, 'fonts.conf'),
      });
      expect(video.transitions).toBe('fade');
      expect(video.info.video?.durationSec).toBeCloseTo(5, 2);
      const cut = await frameAt(system, video.file, 3.5, size);
      const after = await frameAt(system, video.file, 4.2, size);
      const whole = { x: 0, y: 0, ...size };
      expect(meanBrightness(cut, whole)).toBeLessThan(meanBrightness(after, whole) / 3);
    });
  });

  test('the npm static ffmpeg (4.1, no xfade) makes the same video with fades', async () => {
    const packaged = await findFfmpeg({ pathEnv: '' });
    await withTempDirectory('cf-encode-npm-', async (dir) => {
      const composition = await composeSample(system, dir);
      const video = await encodeVideo(composition, {
        ffmpeg: packaged,
        workDir: dir,
        fontconfigFile: join(dir, 'fonts.conf'),
      });
      expect(video.transitions).toBe('fade');
      expect(video.info.video).toMatchObject({ codec: 'h264', width: 360, height: 640, fps: 30 });
      expect(video.info.video?.durationSec).toBeCloseTo(5, 2);
      expect(video.info.audio?.codec).toBe('aac');
      const withCaption = await frameAt(packaged, video.file, 2.2, size);
      const withoutCaption = await frameAt(packaged, video.file, 1.85, size);
      expect(meanDifference(withCaption, withoutCaption, captionBand)).toBeGreaterThan(8);
    });
  });
});
