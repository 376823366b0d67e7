export type ScaleName = 'major' | 'minor';

const SCALES: Readonly<Record<ScaleName, readonly number[]>> = {
  major: [0, 2, 4, 5, 7, 9, 11],
  minor: [0, 2, 3, 5, 7, 8, 10],
};

export function midiToHz(note: number): number {
  return 440 * 2 ** ((note - 69) / 12);
}

/** The MIDI note of a scale degree (0-based, may exceed 6 to climb octaves) above a tonic. */
export function scaleNote(tonic: number, scale: ScaleName, degree: number): number {
  const steps = SCALES[scale];
  const octave = Math.floor(degree / steps.length);
  return tonic + 12 * octave + steps[((degree % steps.length) + steps.length) % steps.length]!;
}

/** The chord built in thirds on a degree: 3 notes a triad, 4 a seventh chord, 5 a ninth chord. */
export function chordNotes(tonic: number, scale: ScaleName, degree: number, size: number): number[] {
  return Array.from({ length: size }, (_, k) => scaleNote(tonic, scale, degree + 2 * k));
}
