/** A bucket and key (or key prefix) named by an `s3://bucket/key` URI. */
export interface S3Location {
  bucket: string;
  key: string;
}

/** Bucket names: 3–63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit. */
const S3_URI = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/;

/** The location of an `s3://` URI; the key has no leading or trailing slash. Undefined when it is not one. */
export function parseS3Uri(uri: string): S3Location | undefined {
  const match = S3_URI.exec(uri);
  if (!match) return undefined;
  return { bucket: match[1]!, key: (match[2] ?? '').replace(/^\/+|\/+$/g, '') };
}
