/** The line model every parser pass works on. */
export interface Line {
  /** 1-based line number in the source. */
  no: number;
  text: string;
  trimmed: string;
  /** Leading white space in columns (a tab counts 4, a no-break space 1). */
  indent: number;
  blank: boolean;
}

/**
 * Directional marks (LRM, RLM, ALM, embeddings, isolates) that right-to-left
 * editors put at a line's ends: invisible, so a heading, label or field wrapped
 * in them reads as if they were not there.
 */
const EDGE_BIDI_MARKS = /^[\s\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]+|[\s\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]+$/gu;

/**
 * Code units that are neither a space nor a directional mark (printable ASCII, Latin to Ethiopic, the
 * general punctuation of quotes and dashes, CJK onwards): a line that starts and ends with one has nothing
 * to strip, and most lines do, so the pattern runs only on the rest.
 */
export const isPlainEdge = (c: number): boolean =>
  (c > 0x20 && c < 0x7f) || (c > 0xa0 && c < 0x1680 && c !== 0x61c) || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c < 0x205f) || (c > 0x3000 && c < 0xfeff);

/** A line or a heading's text without the directional marks at its ends. */
export const stripEdgeMarks = (text: string): string =>
  text !== '' && isPlainEdge(text.charCodeAt(0)) && isPlainEdge(text.charCodeAt(text.length - 1)) ? text : text.replace(EDGE_BIDI_MARKS, '');

/** The line with other text in its place, keeping its number (a blank line when the text is empty). */
export function retext(line: Line, text: string): Line {
  const trimmed = text.trim();
  return { ...line, text, trimmed, indent: trimmed === '' ? 0 : line.indent, blank: trimmed === '' };
}

export function toLines(text: string): Line[] {
  const raw = text.split('\n');
  const lines: Line[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i] ?? '';
    const trimmed = stripEdgeMarks(t);
    lines[i] = { no: i + 1, text: t, trimmed, indent: trimmed === '' ? 0 : indentOf(t), blank: trimmed === '' };
  }
  return lines;
}

function indentOf(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (ch === '\t') width += 4;
    else if (ch === ' ' || ch === '\u00A0' || ch === '\u3000') width += 1;
    else break;
  }
  return width;
}

/** A run of non-blank lines and the number of blank lines before it. */
export interface LineBlock {
  lines: Line[];
  gapBefore: number;
}

export function toLineBlocks(lines: readonly Line[]): LineBlock[] {
  const blocks: LineBlock[] = [];
  let gap = 0;
  let current: Line[] | null = null;
  for (const line of lines) {
    if (line.blank) {
      if (current) {
        current = null;
        gap = 0;
      }
      gap++;
      continue;
    }
    if (!current) {
      current = [];
      blocks.push({ lines: current, gapBefore: gap });
    }
    current.push(line);
  }
  return blocks;
}
