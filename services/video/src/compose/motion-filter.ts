import type { Motion } from './composition.ts';

/** 0 → 1 over the scene's frames, eased in and out (smoothstep) so the camera starts and stops gently. */
function eased(frames: number): string {
  const p = `min(on/${Math.max(1, frames - 1)},1)`;
  return `(${p}*${p}*(3-2*${p}))`;
}

const CENTRE_X = '(iw-iw/zoom)/2';
const CENTRE_Y = '(ih-ih/zoom)/2';

/**
 * zoompan over a constant-rate stream (one output frame per input frame), so a scene's states share one move.
 * Zooms stay centred; pans hold the zoom and slide the window across the spare margin.
 */
export function motionFilter(
  motion: Exclude<Motion, 'still'>,
  frames: number,
  amount: number,
  size: string,
  fps: number,
): string {
  const e = eased(frames);
  const full = `(1+${amount})`;
  const [zoom, x, y] = {
    'zoom-in': [`1+${amount}*${e}`, CENTRE_X, CENTRE_Y],
    'zoom-out': [`1+${amount}*(1-${e})`, CENTRE_X, CENTRE_Y],
    'pan-left': [full, `(iw-iw/zoom)*(1-${e})`, CENTRE_Y],
    'pan-right': [full, `(iw-iw/zoom)*${e}`, CENTRE_Y],
    'pan-up': [full, CENTRE_X, `(ih-ih/zoom)*(1-${e})`],
    'pan-down': [full, CENTRE_X, `(ih-ih/zoom)*${e}`],
  }[motion];
  return `zoompan=z='${zoom}':x='${x}':y='${y}':d=1:s=${size}:fps=${fps}`;
}
