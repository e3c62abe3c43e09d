import type { Inline } from '../../model.js';
import { isCjk } from '../cjk-breaks.js';
import type { FontSet } from './font-set.js';
import type { Span } from './line-breaker.js';
import type { Hyphenate } from './hyphenate.js';
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
 * Hyphenates each span (when the language has patterns) and moves
 * characters the body font lacks into the fallback font; characters
 * neither font has are reported, never dropped silently.
 */
export function prepareSpans(spans: readonly Span[], fonts: FontSet, hyphenate: Hyphenate | null, missing: ReportMissing): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const text = hyphenate !== null && span.text.length > 4 ? hyphenate(span.text) : span.text;
    let run = '';
    let runFace = span.face;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      let face = span.face;
      // CJK characters in the CJK font, whatever the body font has (its full-width forms would be Latin-width).
      if (isCjk(cp) && cp !== 0x3000 && fonts.cjkCovers(cp)) face = 'cjk';
      else if (cp > 0x7e && !fonts.bodyCovers(cp) && (!/\s/.test(ch) || NO_BREAK_SPACE.test(ch)) && cp !== 0xad) {
        face = fonts.fallbackCovers(cp) || !fonts.cjkCovers(cp) ? 'fallback' : 'cjk';
        if (face === 'fallback' && !fonts.fallbackCovers(cp)) missing(ch);
      }
      if (face !== runFace && run !== '') {
        out.push({ text: run, face: runFace, smallCaps: span.smallCaps === true });
        run = '';
      }
      runFace = face;
      run += ch;
    }
    if (run !== '') out.push({ text: run, face: runFace, smallCaps: span.smallCaps === true });
  }
  return out;
}
