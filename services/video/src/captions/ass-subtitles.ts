import type { CaptionCue } from './caption-cue.ts';
import type { CaptionLook } from './caption-look.ts';

/** `#RRGGBB` → ASS `&HAABBGGRR` (alpha 00 = opaque). */
function assColor(hex: string, alpha = 0): string {
  const [r, g, b] = [1, 3, 5].map((at) => hex.slice(at, at + 2).toUpperCase());
  return `&H${alpha.toString(16).padStart(2, '0').toUpperCase()}${b}${g}${r}`;
}

/** ASS times are H:MM:SS.cc (centiseconds). */
function assTime(seconds: number): string {
  const centis = Math.max(0, Math.round(seconds * 100));
  const h = Math.floor(centis / 360_000);
  const m = Math.floor((centis % 360_000) / 6_000);
  const s = Math.floor((centis % 6_000) / 100);
  const cs = centis % 100;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(cs).padStart(2, '0')}`;
}

/**
 * Caption text made literal for libass: braces open override blocks (`\{` and `\}` are libass's escapes), and a
 * backslash before N, n or h would be a line break or hard space, so a word joiner (invisible, zero width) follows
 * each one. Line breaks in the text become spaces: libass wraps captions to the margins itself.
 */
export function escapeAssText(text: string): string {
  return text
    .replace(/\\/g, '\\\u2060')
    .replace(/[{}]/g, (brace) => `\\${brace}`)
    .replace(/\s+/g, ' ')
    .trim();
}

/** `{\kNN}` karaoke tags: each word's share of the cue, by its length, as speech takes longer for longer words. */
function karaokeText(text: string, durationSec: number): string {
  const words = text.split(' ');
  const weights = words.map((word) => word.length + 1);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const centis = Math.round(durationSec * 100);
  let given = 0;
  let seen = 0;
  return words
    .map((word, index) => {
      seen += weights[index]!;
      const until = Math.round((centis * seen) / total);
      const share = until - given;
      given = until;
      return `{\\k${share}}${escapeAssText(word)}`;
    })
    .join(' ');
}

export interface AssSubtitlesRequest {
  width: number;
  height: number;
  fontName: string;
  look: CaptionLook;
  cues: readonly CaptionCue[];
}

/**
 * An ASS script of the captions, for ffmpeg's subtitles filter (libass). The script's resolution is the video's,
 * so sizes and margins are in video pixels.
 */
export function buildAssSubtitles({ width, height, fontName, look, cues }: AssSubtitlesRequest): string {
  // With karaoke, SecondaryColour is the colour before a word is spoken and PrimaryColour after.
  const primary = assColor(look.karaoke ? look.highlight : look.color);
  const secondary = assColor(look.color);
  const style = [
    'Caption',
    fontName,
    look.fontSize,
    primary,
    secondary,
    assColor(look.outlineColor),
    assColor('#000000', 0x80),
    ...[0, 0, 0, 0, 100, 100, 0, 0, 1],
    look.outlinePx,
    look.shadowPx,
    2,
    look.marginSidePx,
    look.marginSidePx,
    look.marginBottomPx,
    1,
  ].join(',');
  const events = cues.map((cue) => {
    const text = look.uppercase ? cue.text.toUpperCase() : cue.text;
    const body = look.karaoke
      ? karaokeText(text.replace(/\s+/g, ' ').trim(), cue.endSec - cue.startSec)
      : escapeAssText(text);
    return `Dialogue: 0,${assTime(cue.startSec)},${assTime(cue.endSec)},Caption,,0,0,0,,${body}`;
  });
  return [
    '[Script Info]',
    'ScriptType: v4.00+',
    `PlayResX: ${width}`,
    `PlayResY: ${height}`,
    'WrapStyle: 0',
    'ScaledBorderAndShadow: yes',
    'YCbCr Matrix: TV.709',
    '',
    '[V4+ Styles]',
    'Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, ' +
      'Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, ' +
      'MarginR, MarginV, Encoding',
    `Style: ${style}`,
    '',
    '[Events]',
    'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
    ...events,
    '',
  ].join('\n');
}
