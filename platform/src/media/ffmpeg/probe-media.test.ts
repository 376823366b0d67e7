import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MediaToolExitError } from './ffmpeg-errors.ts';
import { findFfmpeg } from './find-ffmpeg.ts';
import { probeMedia } from './probe-media.ts';
import { runFfmpeg } from './run-ffmpeg.ts';
import { withTempDirectory } from './temp-directory.ts';

describe('probeMedia', () => {
  test('reads an image’s dimensions and a WAV’s sample rate and duration', async () => {
    const ffmpeg = await findFfmpeg();
    await withTempDirectory('cf-probe-', async (dir) => {
      const image = join(dir, 'frame.png');
      const wav = join(dir, 'tone.wav');
      await runFfmpeg(ffmpeg, ['-f', 'lavfi', '-i', 'color=c=red:s=64x48', '-frames:v', '1', image]);
      await runFfmpeg(ffmpeg, ['-f', 'lavfi', '-i', 'sine=sample_rate=22050:duration=1.5', wav]);

      const picture = await probeMedia(ffmpeg, image);
      expect(picture.video).toMatchObject({ kind: 'video', codec: 'png', width: 64, height: 48 });
      expect(picture.audio).toBeUndefined();

      const sound = await probeMedia(ffmpeg, wav);
      expect(sound.video).toBeUndefined();
      expect(sound.audio).toMatchObject({ kind: 'audio', codec: 'pcm_s16le', sampleRate: 22050, channels: 1 });
      expect(sound.durationSec).toBeCloseTo(1.5, 2);
      expect(sound.sizeBytes).toBeGreaterThan(22050 * 1.5 * 2);
    });
  });

  test('a file that is not media probes as a 0×0 picture; a missing file is an error', async () => {
    const ffmpeg = await findFfmpeg();
    await withTempDirectory('cf-probe-bad-', async (dir) => {
      const broken = join(dir, 'broken.png');
      await writeFile(broken, 'not a png');
      expect((await probeMedia(ffmpeg, broken)).video).toMatchObject({ width: 0, height: 0 });
      await expect(probeMedia(ffmpeg, join(dir, 'missing.mp4'))).rejects.toBeInstanceOf(MediaToolExitError);
    });
  });
});
