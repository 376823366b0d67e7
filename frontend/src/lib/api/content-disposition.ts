/**
 * The file name in a `Content-Disposition` header (`attachment; filename="text-analysis-1.json"`), reduced to
 * characters that are safe in a file name on every system; `fallback` when there is none.
 */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  const quoted = header?.match(/filename\s*=\s*"([^"]*)"/i)?.[1];
  const bare = header?.match(/filename\s*=\s*([^;\s]+)/i)?.[1];
  const name = (quoted ?? bare ?? '').replace(/[^\w.-]+/g, '_').replace(/^[._]+/, '');
  return name.length > 0 ? name : fallback;
}
