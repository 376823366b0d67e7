import type { Rect } from './geometry.ts';

/**
 * Backdrops are plain SVG drawn by resvg, not satori: satori wraps every gradient in a full-canvas pattern and mask
 * that resvg renders 2–3× slower. Colours come from the palette (hex or rgba()), never from user text.
 */

export type GradientStop = readonly [offset: number, color: string];

export function svgDocument(size: { width: number; height: number }, defs: readonly string[], body: readonly string[]) {
  const { width, height } = size;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<defs>${defs.join('')}</defs>${body.join('')}</svg>`
  );
}

/** A linear gradient at a CSS angle (0deg points up, 90deg right) across the box it fills. */
export function linearGradient(id: string, angleDegrees: number, stops: readonly GradientStop[]): string {
  const radians = (angleDegrees * Math.PI) / 180;
  const dx = Math.sin(radians) / 2;
  const dy = -Math.cos(radians) / 2;
  const point = (value: number) => value.toFixed(4);
  return (
    `<linearGradient id="${id}" x1="${point(0.5 - dx)}" y1="${point(0.5 - dy)}" x2="${point(0.5 + dx)}" y2="${point(0.5 + dy)}">` +
    `${stopsOf(stops)}</linearGradient>`
  );
}

/** A radial glow centred at (cx, cy) in user space, fading out at radius r. */
export function radialGradient(id: string, cx: number, cy: number, r: number, stops: readonly GradientStop[]): string {
  return `<radialGradient id="${id}" gradientUnits="userSpaceOnUse" cx="${cx}" cy="${cy}" r="${r}">${stopsOf(stops)}</radialGradient>`;
}

function stopsOf(stops: readonly GradientStop[]): string {
  return stops.map(([offset, color]) => `<stop offset="${offset}" stop-color="${color}"/>`).join('');
}

export function rect(area: Rect, fill: string, attributes = ''): string {
  return `<rect x="${area.x}" y="${area.y}" width="${area.width}" height="${area.height}" fill="${fill}" ${attributes}/>`;
}

export function circle(cx: number, cy: number, r: number, attributes: string): string {
  return `<circle cx="${cx}" cy="${cy}" r="${r}" ${attributes}/>`;
}

/** A tiling pattern of dots, for texture. */
export function dotPattern(id: string, spacing: number, radius: number, fill: string): string {
  return (
    `<pattern id="${id}" width="${spacing}" height="${spacing}" patternUnits="userSpaceOnUse">` +
    `${circle(spacing / 2, spacing / 2, radius, `fill="${fill}"`)}</pattern>`
  );
}
