import type { BlobStore } from '@contentflow/platform';
import type { LayoutRenderer } from '@contentflow/platform/render';
import type { BackgroundGenerator } from '../backgrounds/background-generator.port.ts';

/** What the image tasks need besides their input: resolved once per process. */
export interface ImageEngineDependencies {
  /** Uploaded backgrounds and logos are read from it (the runner stores results through its own port). */
  blobs: BlobStore;
  renderer: LayoutRenderer;
  /** Absent offline: templates then draw procedural backgrounds. */
  backgrounds?: BackgroundGenerator;
}
