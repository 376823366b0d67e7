/** The narration cannot fit the video's length even spoken at the fastest allowed pace. */
export class NarrationTooLongError extends Error {
  override name = 'NarrationTooLongError';
  readonly neededSec: number;
  readonly availableSec: number;

  constructor(neededSec: number, availableSec: number, advice = 'shorten the script or choose a longer video') {
    super(`the narration needs ${neededSec.toFixed(1)} s but the video has ${availableSec} s; ${advice}`);
    this.neededSec = neededSec;
    this.availableSec = availableSec;
  }
}
