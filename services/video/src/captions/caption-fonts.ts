import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Montserrat ExtraBold (OFL): heavy, wide-apertured, readable over any picture at phone size. */
const CAPTION_FONT = '@expo-google-fonts/montserrat/800ExtraBold/Montserrat_800ExtraBold.ttf';
export const CAPTION_FONT_NAME = 'Montserrat ExtraBold';

export interface CaptionFonts {
  /** Folder (relative to the working directory) holding only the caption font, for the subtitles filter. */
  fontsDir: string;
  /** A fontconfig file that knows that folder alone: set as FONTCONFIG_FILE for ffmpeg. */
  fontconfigFile: string;
}

/**
 * Puts the caption font in a folder of its own and writes a minimal fontconfig file for libass. The package's
 * folder also holds a preview PNG and scripts, and the system's fontconfig setup may be missing (Lambda) or slow
 * to scan; this keeps libass's font lookup to one file, the same everywhere.
 */
const xmlText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function prepareCaptionFonts(workDir: string): Promise<CaptionFonts> {
  const fontsDir = 'fonts';
  await mkdir(join(workDir, fontsDir));
  const font = createRequire(import.meta.url).resolve(CAPTION_FONT);
  await copyFile(font, join(workDir, fontsDir, 'caption.ttf'));
  const fontconfigFile = join(workDir, 'fonts.conf');
  await writeFile(
    fontconfigFile,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      '<fontconfig>',
      `  <dir>${xmlText(join(workDir, fontsDir))}</dir>`,
      `  <cachedir>${xmlText(join(workDir, 'fontconfig-cache'))}</cachedir>`,
      '</fontconfig>',
      '',
    ].join('\n'),
  );
  return { fontsDir, fontconfigFile };
}
