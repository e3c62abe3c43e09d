import { UsageError } from '../../errors.js';
import { parseDimensions } from '../../print/units.js';
import type { PageSize, Theme } from './theme.js';

/** Custom sizes outside these bounds (in points) are refused: 3 in is narrower than any printed book, 17 in is Tabloid. */
const SMALLEST = 216;
const LARGEST = 1224;

/**
 * The trim size named by `--page-size`: a preset of the theme matched without
 * regard to case (`A5`, `6x9`, `b-format`, `pocket`), or a custom size with its
 * unit (`140x216mm`, `5.5x8.5in`). Presets without margins of their own, and
 * custom sizes, take the theme's margin ratios. Anything else is a `UsageError`.
 */
export function trimSize(theme: Theme, name: string | null): PageSize {
  const wanted = name ?? theme.defaultPageSize;
  const key = Object.keys(theme.pageSizes).find((k) => k.toLowerCase() === wanted.toLowerCase());
  const preset = key === undefined ? undefined : theme.pageSizes[key];
  if (preset !== undefined) return { width: preset.width, height: preset.height, margins: preset.margins ?? marginsFor(theme, preset.width, preset.height) };
  const custom = parseDimensions(wanted);
  if (custom === null) {
    throw new UsageError(`unknown page size "${wanted}"; use one of ${Object.keys(theme.pageSizes).join(', ')}, or a custom size with its unit such as 140x216mm or 5.5x8.5in`);
  }
  // Hundredths of a point, as the presets are written: 140 mm is 396.85 pt.
  const [width, height] = [round(custom.width), round(custom.height)];
  if (Math.min(width, height) < SMALLEST || Math.max(width, height) > LARGEST) {
    throw new UsageError(`page size "${wanted}" is ${(width / 72).toFixed(2)} × ${(height / 72).toFixed(2)} in; a page must be between 3 and 17 in on each side`);
  }
  return { width, height, margins: marginsFor(theme, width, height) };
}

function marginsFor(theme: Theme, width: number, height: number): PageSize['margins'] {
  const r = theme.marginRatios;
  return { top: round(r.top * height), bottom: round(r.bottom * height), inner: round(r.inner * width), outer: round(r.outer * width) };
}

function round(points: number): number {
  return Math.round(points * 100) / 100;
}
