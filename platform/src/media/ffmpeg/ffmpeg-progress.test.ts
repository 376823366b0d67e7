import { describe, expect, test } from 'vitest';
import { type FfmpegProgress, progressLineParser } from './ffmpeg-progress.ts';

function feed(lines: string[], expectedDurationSec?: number): FfmpegProgress[] {
  const reports: FfmpegProgress[] = [];
  const parse = progressLineParser((progress) => reports.push(progress), expectedDurationSec);
  for (const line of lines) parse(line);
  return reports;
}

describe('progressLineParser', () => {
  test('reports one progress per block, with time, frame, speed and fraction', () => {
    const reports = feed(
      [
        'frame=45',
        'fps=30.00',
        'out_time_us=1500000',
        'out_time=00:00:01.500000',
        'speed=1.5x',
        'progress=continue',
        'frame=300',
        'out_time_us=10000000',
        'speed=2.01x',
        'progress=end',
      ],
      10,
    );
    expect(reports).toEqual([
      { outTimeSec: 1.5, frame: 45, speed: 1.5, fraction: 0.15, done: false },
      { outTimeSec: 10, frame: 300, speed: 2.01, fraction: 1, done: true },
    ]);
  });

  test('unknown values before the first frame read as zero time and null speed; no duration, no fraction', () => {
    const [report] = feed(['frame=0', 'out_time_us=N/A', 'speed=N/A', 'progress=continue']);
    expect(report).toEqual({ outTimeSec: 0, frame: 0, speed: null, fraction: null, done: false });
  });

  test('negative times (audio priming) clamp to zero and fractions never pass 1', () => {
    const reports = feed(['out_time_us=-23220', 'progress=continue', 'out_time_us=12000000', 'progress=end'], 10);
    expect(reports.map((report) => [report.outTimeSec, report.fraction])).toEqual([
      [0, 0],
      [12, 1],
    ]);
  });
});
