/**
 * ITU-R BS.1770-4's K-weighting (a high shelf modelling the head, then a high-pass) as two biquads. The
 * recommendation lists coefficients for 48 kHz only; these are derived from the analogue prototypes for any
 * sample rate by the bilinear transform, as libebur128 (and so ffmpeg's ebur128 filter) does.
 */
interface Biquad {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

function highShelf(sampleRate: number): Biquad {
  const f0 = 1681.974450955533;
  const gainDb = 3.999843853973347;
  const q = 0.7071752369554196;
  const k = Math.tan((Math.PI * f0) / sampleRate);
  const vh = 10 ** (gainDb / 20);
  const vb = vh ** 0.4996667741545416;
  const a0 = 1 + k / q + k * k;
  return {
    b0: (vh + (vb * k) / q + k * k) / a0,
    b1: (2 * (k * k - vh)) / a0,
    b2: (vh - (vb * k) / q + k * k) / a0,
    a1: (2 * (k * k - 1)) / a0,
    a2: (1 - k / q + k * k) / a0,
  };
}

function highPass(sampleRate: number): Biquad {
  const f0 = 38.13547087602444;
  const q = 0.5003270373238773;
  const k = Math.tan((Math.PI * f0) / sampleRate);
  const a0 = 1 + k / q + k * k;
  return { b0: 1, b1: -2, b2: 1, a1: (2 * (k * k - 1)) / a0, a2: (1 - k / q + k * k) / a0 };
}

/**
 * Adds the energy (sum of squares) of the K-weighted signal in each run of `segmentFrames` samples to
 * `energies[segment]`; a trailing partial segment is left out, as no loudness block covers it.
 */
export function addKWeightedEnergy(
  samples: Float32Array,
  sampleRate: number,
  segmentFrames: number,
  energies: Float64Array,
): void {
  const { b0, b1, b2, a1, a2 } = highShelf(sampleRate);
  const { b0: c0, b1: c1, b2: c2, a1: d1, a2: d2 } = highPass(sampleRate);
  // Direct form I, both stages in one pass; the state carries over from segment to segment.
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  let z1 = 0;
  let z2 = 0;
  for (let segment = 0, i = 0; segment < energies.length; segment += 1) {
    let sum = 0;
    for (const end = i + segmentFrames; i < end; i += 1) {
      const x = samples[i]!;
      const y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
      const z = c0 * y + c1 * y1 + c2 * y2 - d1 * z1 - d2 * z2;
      x2 = x1;
      x1 = x;
      y2 = y1;
      y1 = y;
      z2 = z1;
      z1 = z;
      sum += z * z;
    }
    energies[segment]! += sum;
  }
}
