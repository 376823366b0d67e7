import type { CaptionChunk } from '../caption-chunks.ts';

export interface SsmlDocument {
  ssml: string;
  /** Where each chunk's text sits in the SSML, in UTF-8 bytes: Polly's speech marks point into it that way. */
  chunkBytes: Array<{ start: number; end: number }>;
}

const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[char]};`);

/**
 * One Polly request's SSML: the chunks' text in a `prosody` element for the speaking rate, with a strong break
 * after each paragraph. Polly finds sentence and phrase pauses from the punctuation itself.
 */
export function chunksToSsml(chunks: readonly CaptionChunk[], speed: number): SsmlDocument {
  let ssml = `<speak><prosody rate="${Math.round(speed * 100)}%">`;
  const chunkBytes: SsmlDocument['chunkBytes'] = [];
  chunks.forEach((chunk, index) => {
    if (index > 0) ssml += chunks[index - 1]!.boundary === 'paragraph' ? '<break strength="x-strong"/>' : ' ';
    const start = Buffer.byteLength(ssml);
    ssml += escapeXml(chunk.text);
    chunkBytes.push({ start, end: Buffer.byteLength(ssml) });
  });
  return { ssml: `${ssml}</prosody></speak>`, chunkBytes };
}
