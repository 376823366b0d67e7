import type { BlobStore } from '@contentflow/platform';

/** What audio.mix needs of the blob store: reading the narration and music it is given by key. */
export type BlobReader = Pick<BlobStore, 'get'>;
