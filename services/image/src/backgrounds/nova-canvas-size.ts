/** Amazon Nova Canvas accepts sides of 320–4096 px in steps of 16, and at most 4,194,304 pixels in all. */
const STEP = 16;
const MIN_SIDE = 320;
const MAX_SIDE = 4096;
const MAX_PIXELS = 4_194_304;

/** The Nova Canvas size closest to `width`×`height` in shape; the layout crops the result to fit. */
export function novaCanvasSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, Math.sqrt(MAX_PIXELS / (width * height)));
  const side = (value: number) => Math.min(MAX_SIDE, Math.max(MIN_SIDE, Math.floor((value * scale) / STEP) * STEP));
  return { width: side(width), height: side(height) };
}
