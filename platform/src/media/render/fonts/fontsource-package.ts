import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { FontWeight } from './font-catalog.ts';
import { parseUnicodeRange, rangesContain, type UnicodeRange } from './unicode-range.ts';

const metadataSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  family: z.string().min(1),
  weights: z.array(z.int()),
});

/** One file of a fontsource package: a unicode-range slice of the family at one weight. */
export interface FontSlice {
  /** Unique per file: satori keeps one font per name and weight, so slices must not share a name. */
  name: string;
  file: string;
  weight: FontWeight;
  ranges: UnicodeRange[];
}

/**
 * A fontsource package on disk (`metadata.json`, `unicode.json`, `files/`). Fontsource cuts each family into
 * unicode-range slices (`latin`, `cyrillic`, or numbered CJK slices); a browser picks slices by range and so do we.
 */
export class FontsourcePackage {
  readonly packageName: string;
  readonly family: string;
  private readonly id: string;
  private readonly directory: string;
  private readonly weights: readonly number[];
  private readonly variable: boolean;
  private readonly slices: ReadonlyArray<{ key: string; ranges: UnicodeRange[] }>;

  constructor(packageName: string) {
    this.packageName = packageName;
    this.directory = dirname(fileURLToPath(import.meta.resolve(`${packageName}/metadata.json`)));
    const metadata = metadataSchema.parse(JSON.parse(readFileSync(`${this.directory}/metadata.json`, 'utf8')));
    const unicode = z
      .record(z.string(), z.string())
      .parse(JSON.parse(readFileSync(`${this.directory}/unicode.json`, 'utf8')));
    this.id = metadata.id;
    this.family = metadata.family;
    this.weights = metadata.weights;
    // `@fontsource-variable/*` ships one variable file per slice; `@fontsource/*` one static file per weight.
    this.variable = packageName.startsWith('@fontsource-variable/');
    this.slices = Object.entries(unicode).map(([key, range]) => ({ key, ranges: parseUnicodeRange(range) }));
  }

  /** The weight a request for `weight` gets: the same one, else the nearest the family has. */
  nearestWeight(weight: FontWeight): FontWeight {
    const [nearest] = [...this.weights].sort((a, b) => Math.abs(a - weight) - Math.abs(b - weight));
    if (nearest === undefined) throw new Error(`${this.packageName} lists no weights`);
    return nearest as FontWeight;
  }

  /** Every slice of the family at a weight (variable packages have one file per slice for all weights). */
  slicesAt(weight: FontWeight): FontSlice[] {
    return this.slices.map(({ key, ranges }) => {
      // `[12]` in unicode.json is slice 12 of a CJK family; named slices are scripts (`latin-ext`).
      const slice = key.replace(/^\[(\d+)\]$/, '$1');
      const file = this.variable
        ? `${this.directory}/files/${this.id}-${slice}-wght-normal.woff2`
        : `${this.directory}/files/${this.id}-${slice}-${weight}-normal.woff`;
      return { name: `${this.family} ${slice} ${weight}`, file, weight, ranges };
    });
  }

  /** The slices whose ranges hold `codePoint`. */
  slicesHolding(codePoint: number, weight: FontWeight): FontSlice[] {
    return this.slicesAt(weight).filter((slice) => rangesContain(slice.ranges, codePoint));
  }
}
