/** How a piece of content can be previewed in the page, by its media type. */
export type PreviewKind = 'image' | 'audio' | 'video' | 'json' | 'text' | 'none';

/** Text-like content larger than this is offered as a download only: previewing it would mean fetching it whole. */
export const MAX_INLINE_PREVIEW_BYTES = 1024 * 1024;

export function previewKind(mimeType: string, bytes: number): PreviewKind {
  const type = mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  // SVG can hold scripts and links; generated SVG is shown as a download, never inline.
  if (type.startsWith('image/') && type !== 'image/svg+xml') return 'image';
  if (type.startsWith('audio/')) return 'audio';
  if (type.startsWith('video/')) return 'video';
  if (bytes > MAX_INLINE_PREVIEW_BYTES) return 'none';
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  if (type.startsWith('text/')) return 'text';
  return 'none';
}

const FORMAT_NAMES: Readonly<Record<string, string>> = {
  'audio/mpeg': 'MP3',
  'audio/wav': 'WAV',
  'audio/x-wav': 'WAV',
  'audio/wave': 'WAV',
  'text/plain': 'Text',
  'text/calendar': 'iCal',
};

/** A short name of the file format for people: `audio/mpeg` → "MP3", `image/png` → "PNG". */
export function formatName(mimeType: string): string {
  const type = mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  const known = FORMAT_NAMES[type];
  if (known !== undefined) return known;
  const subtype = type.split('/')[1] ?? type;
  return (subtype.split('+')[0] ?? subtype).toUpperCase();
}
