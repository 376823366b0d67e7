import { describe, expect, it } from 'vitest';
import { formatName, MAX_INLINE_PREVIEW_BYTES, previewKind } from './preview-kind.ts';

describe('previewKind', () => {
  it.each([
    ['image/png', 'image'],
    ['image/webp', 'image'],
    ['image/svg+xml', 'none'],
    ['audio/mpeg', 'audio'],
    ['video/mp4', 'video'],
    ['application/json', 'json'],
    ['application/problem+json', 'json'],
    ['text/calendar; charset=utf-8', 'text'],
    ['application/zip', 'none'],
  ])('%s → %s', (mimeType, kind) => {
    expect(previewKind(mimeType, 100)).toBe(kind);
  });

  it('offers large text only as a download, but streams large media', () => {
    expect(previewKind('application/json', MAX_INLINE_PREVIEW_BYTES + 1)).toBe('none');
    expect(previewKind('video/mp4', 50 * MAX_INLINE_PREVIEW_BYTES)).toBe('video');
  });
});

describe('formatName', () => {
  it.each([
    ['audio/mpeg', 'MP3'],
    ['audio/wav', 'WAV'],
    ['image/png', 'PNG'],
    ['application/json', 'JSON'],
    ['image/svg+xml', 'SVG'],
    ['text/calendar', 'iCal'],
  ])('%s → %s', (mimeType, name) => {
    expect(formatName(mimeType)).toBe(name);
  });
});
