/** A caption on screen from `startSec` to `endSec` of the video. */
export interface CaptionCue {
  text: string;
  startSec: number;
  endSec: number;
}
