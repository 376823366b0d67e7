/** The manifest asks for something the platform does not provide. */
export class ManifestWiringError extends Error {
  override name = 'ManifestWiringError';
}
