import type { Font } from 'satori';
import type { AdditionalAssetLoader } from '../fonts/font-library.ts';

/** Everything satori needs to set a text: the font list, the CSS family and weight, and the fallback loader. */
export interface Typeface {
  fonts: Font[];
  fontFamily: string;
  fontWeight: number;
  assetLoader(): AdditionalAssetLoader;
}
