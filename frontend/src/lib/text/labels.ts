/** Trailing name parts that are units: `durationSec` reads "Duration (seconds)". */
const UNIT_SUFFIXES: Readonly<Record<string, string>> = {
  sec: 'seconds',
  secs: 'seconds',
  seconds: 'seconds',
  ms: 'milliseconds',
  db: 'dB',
  px: 'px',
  pct: '%',
  percent: '%',
};

/** Words shown in capitals. */
const ACRONYMS = new Set(['api', 'bpm', 'cta', 'id', 'seo', 'url', 'uri', 'rgb', 'ical']);

/**
 * A label for a property name from a JSON Schema that has no `title`: `narrationBlobKey` → "Narration blob key",
 * `durationSec` → "Duration (seconds)", `bpm` → "BPM".
 */
export function humanize(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_/-]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
  if (words.length === 0) return name;
  const last = words.at(-1) ?? '';
  const unit = words.length > 1 ? UNIT_SUFFIXES[last] : undefined;
  const body = unit === undefined ? words : words.slice(0, -1);
  const text = body.map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word)).join(' ');
  return unit === undefined ? capitalize(text) : `${capitalize(text)} (${unit})`;
}

/** "speaking the narration" → "Speaking the narration": engines word their messages for logs, in lower case. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A run of plain text or of `code`, from text that marks code with backticks (as the API's descriptions do). */
export interface TextRun {
  text: string;
  code: boolean;
}

/** Splits "File format: `wav` or `mp3`." into runs so the code parts can be shown as code, never as markup. */
export function splitInlineCode(text: string): TextRun[] {
  const parts = text.split('`');
  // An odd number of backticks leaves the last one unpaired: it is text, not the start of code.
  if (parts.length % 2 === 0) return [{ text, code: false }];
  return parts.map((part, index) => ({ text: part, code: index % 2 === 1 })).filter((run) => run.text.length > 0);
}
