/** Inline CSS as satori reads it (camelCase properties). */
export type Style = Record<string, string | number>;

export type LayoutChild = LayoutNode | string;

/** A React-element-shaped object, which satori renders without React. */
export interface LayoutNode {
  type: 'div' | 'img';
  props: { style: Style; children?: LayoutChild[]; src?: string; width?: number; height?: number };
}

/** A flex box, satori's default and only block layout worth using here. */
export function box(style: Style, ...children: LayoutChild[]): LayoutNode {
  return { type: 'div', props: { style: { display: 'flex', ...style }, children } };
}

export function image(src: string, width: number, height: number, style: Style = {}): LayoutNode {
  return { type: 'img', props: { src, width, height, style: { width, height, ...style } } };
}
