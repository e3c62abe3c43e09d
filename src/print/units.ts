import { UsageError } from '../errors.js';

/** Points (1/72 in) in one of each unit a print option may be written in. */
const POINTS: Readonly<Record<string, number>> = { pt: 1, in: 72, mm: 72 / 25.4, cm: 72 / 2.54 };

const NUMBER = String.raw`(\d+(?:\.\d+)?|\.\d+)`;
const LENGTH = new RegExp(`^${NUMBER}\\s*(pt|in|mm|cm)$`, 'i');
const SIZE = new RegExp(`^${NUMBER}\\s*[x×]\\s*${NUMBER}\\s*(pt|in|mm|cm)$`, 'i');

/** `3mm`, `0.125in`, `0.1 mm`, `2pt` in points; a bare number or another unit is a `UsageError` naming `option`. */
export function parseLength(text: string, option: string): number {
  const m = LENGTH.exec(text.trim());
  if (m === null) throw new UsageError(`${option} "${text}" is not a length; write a number and a unit: 3mm, 0.125in, 0.3cm or 9pt`);
  return Number(m[1]) * POINTS[m[2]!.toLowerCase()]!;
}

/** `140x216mm`, `5.5x8.5in` as width and height in points, or null when `text` is not written that way. */
export function parseDimensions(text: string): { width: number; height: number } | null {
  const m = SIZE.exec(text.trim());
  if (m === null) return null;
  const unit = POINTS[m[3]!.toLowerCase()]!;
  return { width: Number(m[1]) * unit, height: Number(m[2]) * unit };
}

/** A length in points as a person reads it: `0.188 in`. */
export function inches(points: number): string {
  return `${Number((points / 72).toFixed(3))} in`;
}
