import { join } from 'node:path';
import type { ShortScript } from '@contentflow/events';
import { clipPrompt, clipSeed } from './clip-prompt.ts';
import type { VideoClipGenerator } from './video-clip-generator.port.ts';

/**
 * Films a background clip for every beat that has no picture of the tenant's own (theirs wins), all at once: each
 * takes the model a minute or more, mostly waiting. The first failure stops the others' waiting, and nothing is
 * left writing into `dir` when this returns or throws.
 * @returns per beat, the clip's file name inside `dir`, or undefined where the beat keeps its picture
 */
export async function filmBeatClips(
  generator: VideoClipGenerator,
  script: ShortScript,
  hasPicture: readonly boolean[],
  work: { dir: string; signal: AbortSignal; onProgress: (fraction: number) => Promise<void> },
): Promise<(string | undefined)[]> {
  const failed = new AbortController();
  const signal = AbortSignal.any([work.signal, failed.signal]);
  const wanted = hasPicture.filter((picture) => !picture).length;
  let filmed = 0;
  const runs = script.beats.map(async (beat, index) => {
    if (hasPicture[index]) return undefined;
    const file = `clip-beat-${index}.mp4`;
    const prompt = clipPrompt(script.hook, beat.text);
    try {
      await generator.generate({ prompt, seed: clipSeed(prompt), file: join(work.dir, file) }, signal);
    } catch (error) {
      failed.abort(error);
      throw error;
    }
    filmed += 1;
    await work.onProgress(filmed / wanted);
    return file;
  });
  const settled = await Promise.allSettled(runs);
  // The first failure, not the aborts it caused in the other beats.
  if (failed.signal.aborted) throw failed.signal.reason;
  return settled.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : undefined));
}
