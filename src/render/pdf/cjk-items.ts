import { cjkBreaks, isCjk } from '../cjk-breaks.js';
import type { FontSet } from './font-set.js';
import type { Face } from './theme.js';

/** A run of a word in one face, as paragraph-items cuts words. */
interface Part {
  text: string;
  face: Face;
  smallCaps: boolean;
}

/** The items cjk-items makes, structurally those of paragraph-items (box with text, glue between characters, penalty). */
type Item =
  | { type: 'box'; width: number; text: string; face: Face; smallCaps: boolean }
  | { type: 'glue'; width: 0; stretch: number; shrink: 0; face: Face; glyph: 0; between: true }
  | { type: 'penalty'; width: 0; penalty: number; flagged: false; face: Face; hyphen: '' };

/**
 * How far the gap between two CJK characters may open in a justified line,
 * in ems: a line of some 25 characters then takes up to two and a half
 * characters of slack, enough for kinsoku to push a character to the next line.
 */
const CHARACTER_STRETCH = 0.1;

/**
 * A word of Chinese or Japanese (no spaces inside) as items for total-fit
 * breaking: each CJK character a box, other runs (a Latin name, digits) a
 * box each, and between two boxes a glue of no width that stretches in a
 * justified line, so the slack is spread between the characters. Where
 * UAX #14 with its kinsoku classes forbids a break (before `。」`, after `「`,
 * inside a Latin run) an infinite penalty stands before the glue. No hyphens.
 */
export function cjkWordItems(parts: readonly Part[], fonts: FontSet, size: number, justify: boolean): { items: Item[]; width: number } {
  const text = parts.map((p) => p.text.replaceAll('\u00AD', '')).join('');
  const breaks = new Set(cjkBreaks(text));
  const items: Item[] = [];
  let width = 0;
  let at = 0;
  for (const part of parts) {
    for (const unit of units(part.text.replaceAll('\u00AD', ''))) {
      if (items.length > 0) {
        if (!breaks.has(at)) items.push({ type: 'penalty', width: 0, penalty: Infinity, flagged: false, face: part.face, hyphen: '' });
        items.push({ type: 'glue', width: 0, stretch: justify ? CHARACTER_STRETCH * size : 0, shrink: 0, face: part.face, glyph: 0, between: true });
      }
      const w = fonts.width(unit, part.face, size, part.smallCaps);
      items.push({ type: 'box', width: w, text: unit, face: part.face, smallCaps: part.smallCaps });
      width += w;
      at += unit.length;
    }
  }
  return { items, width };
}

/** A part cut into its CJK characters, one each, and the runs of other characters between them. */
function units(text: string): string[] {
  const out: string[] = [];
  let run = '';
  for (const ch of text) {
    if (isCjk(ch.codePointAt(0)!)) {
      if (run !== '') out.push(run);
      run = '';
      out.push(ch);
    } else run += ch;
  }
  if (run !== '') out.push(run);
  return out;
}
