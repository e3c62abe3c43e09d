import type { Inline } from '../../model.js';
import { isCjk } from '../cjk-breaks.js';
import type { FontSet } from './font-set.js';
import type { Span } from './line-breaker.js';
import type { Face } from './theme.js';

/** No-break spaces are drawn glyphs (French `Oui\u202F!`): when the body font lacks one, the fallback draws it. */
const NO_BREAK_SPACE = /[\u00a0\u202f]/u;

/** Called once per character that no font of the book can draw. */
export type ReportMissing = (char: string) => void;

const STYLE: Record<'emphasis' | 'strong', Record<Face, Face>> = {
  emphasis: { regular: 'italic', italic: 'regular', bold: 'boldItalic', boldItalic: 'bold', fallback: 'fallback', cjk: 'cjk' },
  strong: { regular: 'bold', italic: 'boldItalic', bold: 'bold', boldItalic: 'boldItalic', fallback: 'fallback', cjk: 'cjk' },
};

/** Inline nodes to styled spans; emphasis inside emphasis turns back to roman, as typesetters do. */
export function inlineSpans(nodes: readonly Inline[], face: Face = 'regular', out: Span[] = []): Span[] {
  for (const n of nodes) {
    if (n.type === 'text') out.push({ text: n.value, face });
    else if (n.type === 'break') out.push({ text: '\n', face });
    else inlineSpans(n.children, STYLE[n.type][face], out);
  }
  return out;
}

/**
 * Moves characters the body font lacks into the fallback font; characters
 * neither font has are reported, never dropped silently. (Hyphenation is
 * done per distinct word when the paragraph is made into items.)
 */
export function prepareSpans(spans: readonly Span[], fonts: FontSet, missing: ReportMissing): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const { text } = span;
    const smallCaps = span.smallCaps === true;
    // Runs are cut out of the span by offset: most spans are one run, taken whole.
    let start = 0;
    let runFace = span.face;
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      const length = cp > 0xffff ? 2 : 1;
      let face = span.face;
      // ASCII is the body font's: most characters of most books go no further.
      if (cp > 0x7e) {
        const ch = String.fromCodePoint(cp);
        // CJK characters in the CJK font, whatever the body font has (its full-width forms would be Latin-width).
        if (isCjk(cp) && cp !== 0x3000 && fonts.cjkCovers(cp)) face = 'cjk';
        else if (!fonts.bodyCovers(cp) && (!/\s/.test(ch) || NO_BREAK_SPACE.test(ch)) && cp !== 0xad) {
          face = fonts.fallbackCovers(cp) || !fonts.cjkCovers(cp) ? 'fallback' : 'cjk';
          if (face === 'fallback' && !fonts.fallbackCovers(cp)) missing(ch);
        }
      }
      if (face !== runFace && i > start) {
        out.push({ text: text.slice(start, i), face: runFace, smallCaps });
        start = i;
      }
      runFace = face;
      i += length;
    }
    if (text.length > start) out.push(start === 0 && runFace === span.face && span.smallCaps === smallCaps ? span : { text: text.slice(start), face: runFace, smallCaps });
  }
  return out;
}
