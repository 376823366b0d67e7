import type { ImageTemplate } from '@contentflow/events';
import { boldTitleTemplate } from './bold-title.template.ts';
import type { LayoutTemplate } from './layout-template.ts';
import { minimalGradientTemplate } from './minimal-gradient.template.ts';
import { quoteCardTemplate } from './quote-card.template.ts';
import { splitImageTemplate } from './split-image.template.ts';

/** Every template the contracts list; the Record type makes a missing one a compile error. */
export const LAYOUT_TEMPLATES: Record<ImageTemplate, LayoutTemplate> = {
  'bold-title': boldTitleTemplate,
  'split-image': splitImageTemplate,
  'quote-card': quoteCardTemplate,
  'minimal-gradient': minimalGradientTemplate,
};
