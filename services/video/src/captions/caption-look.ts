/** How captions are drawn; sizes are in pixels of the video frame (the ASS script's PlayRes). */
export interface CaptionLook {
  fontSize: number;
  /** `#RRGGBB` of the words; with `karaoke`, of the words not yet spoken. */
  color: string;
  /** `#RRGGBB` of each word as it is spoken (karaoke highlight); ignored without `karaoke`. */
  highlight: string;
  outlineColor: string;
  outlinePx: number;
  shadowPx: number;
  /** Distance of the caption's bottom from the bottom edge: above the platforms' own UI. */
  marginBottomPx: number;
  marginSidePx: number;
  uppercase: boolean;
  /** Highlights each word in turn as it is spoken. */
  karaoke: boolean;
}
