import { describe, expect, test } from 'vitest';
import { FfmpegCapabilityError } from './ffmpeg-errors.ts';
import { findFfmpeg, requireCapabilities } from './find-ffmpeg.ts';

describe('findFfmpeg', () => {
  test('prefers the system ffmpeg, and reads its filters and encoders', async () => {
    const ffmpeg = await findFfmpeg();
    expect(ffmpeg.ffmpeg).toEqual({ path: '/usr/bin/ffmpeg', source: 'system' });
    expect(ffmpeg.ffprobe).toEqual({ path: '/usr/bin/ffprobe', source: 'system' });
    expect(ffmpeg.version).toMatch(/^\d+\.\d+/);
    for (const filter of ['xfade', 'zoompan', 'subtitles', 'concat', 'fade']) {
      expect(ffmpeg.capabilities.filters.has(filter)).toBe(true);
    }
    expect(ffmpeg.capabilities.encoders.has('libx264')).toBe(true);
    expect(ffmpeg.capabilities.encoders.has('aac')).toBe(true);
    expect(await findFfmpeg()).toBe(ffmpeg);
  });

  test('without ffmpeg on PATH it falls back to the npm static build, which has no xfade', async () => {
    const ffmpeg = await findFfmpeg({ pathEnv: '' });
    expect(ffmpeg.ffmpeg.source).toBe('npm');
    expect(ffmpeg.ffprobe.source).toBe('npm');
    expect(ffmpeg.ffmpeg.path).toContain('@ffmpeg-installer');
    expect(ffmpeg.capabilities.filters.has('zoompan')).toBe(true);
    expect(ffmpeg.capabilities.filters.has('xfade')).toBe(false);
    expect(() => requireCapabilities(ffmpeg, { filters: ['zoompan', 'xfade'], encoders: ['libx264'] })).toThrow(
      new FfmpegCapabilityError(ffmpeg.version, ['filter xfade']),
    );
  });
});
