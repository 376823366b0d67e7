/** Nova Reel's text-to-video shot: its only resolution and frame rate, and its shortest length. */
export const NOVA_REEL_SHOT = { dimension: '1280x720', fps: 24, durationSeconds: 6 } as const;

/** Nova Reel reads at most this much of a single-shot prompt. */
export const NOVA_REEL_MAX_PROMPT = 512;
