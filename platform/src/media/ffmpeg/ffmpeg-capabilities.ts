/** What an ffmpeg build can do, read from `-filters` and `-encoders` once per binary. */
export interface FfmpegCapabilities {
  filters: ReadonlySet<string>;
  encoders: ReadonlySet<string>;
}

// ` TSC xfade             VV->V      Cross fade…`: three flag columns (two in builds before 4.3), a name, a pad spec.
const FILTER_LINE = /^\s*[TSC.|]{2,3}\s+([\w-]+)\s+\S*->\S*\s/;
// ` V....D libx264              libx264 H.264…`: six flag columns, then the name.
const ENCODER_LINE = /^\s*[VASD][F.][S.][X.][B.][D.]\s+([\w-]+)\s/;

function namesIn(listing: string, line: RegExp): Set<string> {
  const names = new Set<string>();
  for (const text of listing.split('\n')) {
    const match = line.exec(text);
    if (match?.[1]) names.add(match[1]);
  }
  return names;
}

export function parseCapabilities(filtersListing: string, encodersListing: string): FfmpegCapabilities {
  return { filters: namesIn(filtersListing, FILTER_LINE), encoders: namesIn(encodersListing, ENCODER_LINE) };
}

/** `ffmpeg version 5.1.9-0+deb12u1 Copyright…` → `5.1.9-0+deb12u1`. */
export function parseVersion(versionOutput: string): string {
  return /^\S+ version (\S+)/.exec(versionOutput)?.[1] ?? 'unknown';
}
