import type { ModelProvider } from '@contentflow/platform';

export interface BackgroundRequest {
  /** What to paint; never text, which the layout draws itself. */
  prompt: string;
  width: number;
  height: number;
}

/**
 * A model that paints backgrounds and illustrations for layouts. Offline there is none: templates draw procedural
 * backgrounds from the brand colours instead.
 */
export interface BackgroundGenerator {
  readonly provider: ModelProvider;
  readonly model: string;
  /** Encoded image bytes (PNG, JPEG…). @throws TaskError with an IMAGE_PROVIDER_* code */
  generate(request: BackgroundRequest, signal: AbortSignal): Promise<Uint8Array>;
}
