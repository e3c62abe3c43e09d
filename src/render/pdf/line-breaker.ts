import type { FontSet } from './font-set.js';
import type { Face } from './theme.js';

/** A run of text in one face; `\n` in a span is a line break the author kept. */
export interface Span {
  text: string;
  face: Face;
  smallCaps?: boolean;
}

/** Text drawn with one call: `x` from the line's start, `wordSpacing` added at each space (justification). */
export interface Piece {
  text: string;
  face: Face;
  smallCaps: boolean;
  x: number;
  wordSpacing: number;
}

export interface Line {
  pieces: Piece[];
  /** Left offset of the line within the text block (first-line indent, centring). */
  offset: number;
}

export interface BreakOptions {
  width: number;
  firstIndent: number;
  size: number;
  align: 'justify' | 'left' | 'center';
}

interface Part {
  text: string;
  face: Face;
  smallCaps?: boolean;
}

interface Token {
  parts: Part[];
  hardBreakBefore: boolean;
}

const SHY = '\u00AD';
const stripShy = (s: string): string => (s.includes(SHY) ? s.split(SHY).join('') : s);

function tokenize(spans: readonly Span[]): Token[] {
  const tokens: Token[] = [];
  let current: Token | null = null;
  let hardBreak = false;
  for (const span of spans) {
    // A no-break space (Mr.\u00A0Smith) binds its neighbours into one word.
    for (const chunk of span.text.split(/([^\S\u00A0]+)/)) {
      if (chunk === '') continue;
      if (/^[^\S\u00A0]+$/.test(chunk)) {
        current = null;
        if (chunk.includes('\n')) hardBreak = true;
        continue;
      }
      if (current === null) {
        current = { parts: [], hardBreakBefore: hardBreak };
        hardBreak = false;
        tokens.push(current);
      }
      current.parts.push({ text: chunk, face: span.face, smallCaps: span.smallCaps === true });
    }
  }
  return tokens;
}

/**
 * Greedy line breaking over styled text, with our own measurements so the
 * pages can be planned (orphans, widows, keep-with-next) before anything is
 * drawn. A word that does not fit is hyphenated at a soft hyphen when one
 * fits; a word wider than the whole line is cut where it must be.
 */
export function breakLines(spans: readonly Span[], options: Readonly<BreakOptions>, fonts: FontSet): Line[] {
  const { size } = options;
  const width = (parts: readonly Part[]): number => parts.reduce((w, p) => w + fonts.width(stripShy(p.text), p.face, size, p.smallCaps), 0);
  const space = (face: Face): number => fonts.width(' ', face, size);
  const lines: Line[] = [];
  let lineTokens: Token[] = [];
  let used = 0;
  let limit = options.width - options.firstIndent;

  const finish = (last: boolean): void => {
    const first = lines.length === 0;
    const indent = first && options.align !== 'center' ? options.firstIndent : 0;
    lines.push(layoutLine(lineTokens, used, options.width - indent, last, indent, options, space, width));
    lineTokens = [];
    used = 0;
    limit = options.width;
  };

  const queue = tokenize(spans);
  for (let i = 0; i < queue.length; i++) {
    const token = queue[i]!;
    if (token.hardBreakBefore && lineTokens.length > 0) finish(true);
    const gap = lineTokens.length > 0 ? space(token.parts[0]!.face) : 0;
    const w = width(token.parts);
    if (used + gap + w <= limit) {
      lineTokens.push(token);
      used += gap + w;
      continue;
    }
    const split = splitToFit(token, limit - used - gap, fonts, size, lineTokens.length === 0);
    if (split !== null) {
      lineTokens.push(split.head);
      used += gap + width(split.head.parts);
      finish(false);
      queue.splice(i + 1, 0, split.tail);
      continue;
    }
    if (lineTokens.length > 0) finish(false);
    i--;
  }
  if (lineTokens.length > 0 || lines.length === 0) finish(true);
  return lines;
}

/** A word cut at a soft hyphen (with a visible hyphen) or, if it is wider than a whole line, anywhere. */
function splitToFit(token: Token, room: number, fonts: FontSet, size: number, lineEmpty: boolean): { head: Token; tail: Token } | null {
  if (token.parts.length === 1) {
    const { text, face } = token.parts[0]!;
    for (let at = text.lastIndexOf(SHY); at > 0; at = text.lastIndexOf(SHY, at - 1)) {
      const head = `${stripShy(text.slice(0, at))}-`;
      if (fonts.width(head, face, size) <= room) {
        return { head: { parts: [{ text: head, face }], hardBreakBefore: token.hardBreakBefore }, tail: { parts: [{ text: text.slice(at + 1), face }], hardBreakBefore: false } };
      }
    }
  }
  if (!lineEmpty) return null;
  // Wider than a line on its own: cut by characters (URLs, runs of symbols).
  const parts: Part[] = [];
  let used = 0;
  for (const [pi, part] of token.parts.entries()) {
    const chars = [...stripShy(part.text)];
    let taken = '';
    for (const ch of chars) {
      const w = fonts.width(taken + ch, part.face, size);
      if (used + w > room && (parts.length > 0 || taken !== '')) {
        if (taken !== '') parts.push({ text: taken, face: part.face });
        const rest = [{ text: part.text.slice(taken.length), face: part.face }, ...token.parts.slice(pi + 1)];
        return { head: { parts, hardBreakBefore: token.hardBreakBefore }, tail: { parts: rest, hardBreakBefore: false } };
      }
      taken += ch;
    }
    parts.push({ text: taken, face: part.face });
    used += fonts.width(taken, part.face, size);
  }
  return null;
}

function layoutLine(
  tokens: readonly Token[],
  natural: number,
  available: number,
  last: boolean,
  indent: number,
  options: Readonly<BreakOptions>,
  space: (face: Face) => number,
  width: (parts: readonly Part[]) => number,
): Line {
  const gaps = tokens.length - 1;
  const extra = options.align === 'justify' && !last && gaps > 0 ? (available - natural) / gaps : 0;
  const offset = options.align === 'center' ? Math.max(0, (available - natural) / 2) : indent;
  const pieces: Piece[] = [];
  let x = 0;
  let current: Piece | null = null;
  tokens.forEach((token, t) => {
    if (t > 0) {
      const face = token.parts[0]!.face;
      const s = space(face) + extra;
      if (current !== null && current.face === face) current.text += ' ';
      else current = null;
      x += s;
    }
    for (const part of token.parts) {
      const text = stripShy(part.text);
      const smallCaps = part.smallCaps === true;
      if (current === null || current.face !== part.face || current.smallCaps !== smallCaps) {
        current = { text: '', face: part.face, smallCaps, x, wordSpacing: extra };
        pieces.push(current);
      }
      current.text += text;
      x += width([part]);
    }
  });
  return { pieces, offset };
}
