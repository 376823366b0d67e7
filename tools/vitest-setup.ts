import fc from 'fast-check';

/**
 * Property tests explore fresh random inputs on every developer run, but CI replays one fixed seed so a red run
 * always means a change broke something, never that a new random case was drawn. A failure found locally prints
 * its seed and counterexample; keep the counterexample as an `examples` entry of that property.
 */
if (process.env['CI']) fc.configureGlobal({ seed: Number(process.env['FC_SEED'] ?? 20_261_126) });
