/** Rounds to `decimals` places (halves up), for figures meant to be read by people. */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  const rounded = Math.round(value * scale) / scale;
  // Math.round(-0.4) is -0, which tests and consumers comparing with Object.is would trip over.
  return rounded === 0 ? 0 : rounded;
}
