import { z } from 'zod';

/** One line of Polly's speech-mark stream (JSON lines); `time` is in milliseconds, `start`/`end` in bytes. */
const speechMarkSchema = z.object({
  time: z.int().nonnegative(),
  type: z.string(),
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  value: z.string(),
});

export type SpeechMark = z.infer<typeof speechMarkSchema>;

export class SpeechMarksError extends Error {
  override name = 'SpeechMarksError';
}

/** The word marks of a speech-mark stream, in time order. @throws SpeechMarksError on a malformed line */
export function parseWordMarks(jsonLines: string): SpeechMark[] {
  const marks: SpeechMark[] = [];
  for (const [index, line] of jsonLines.split('\n').entries()) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new SpeechMarksError(`speech mark line ${index + 1} is not JSON`, { cause: error });
    }
    const mark = speechMarkSchema.safeParse(value);
    if (!mark.success) throw new SpeechMarksError(`speech mark line ${index + 1} is malformed: ${mark.error.message}`);
    if (mark.data.type === 'word') marks.push(mark.data);
  }
  return marks.sort((a, b) => a.time - b.time);
}
