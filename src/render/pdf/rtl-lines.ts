import type { FontSet } from './font-set.js';
import type { Line, Piece } from './line-breaker.js';

const RTL_LETTER = /[\u0590-\u05ff\u0600-\u06ff\u0700-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;
const LETTER = /\p{L}/u;

/**
 * Whether a paragraph runs right to left: its first letter is Hebrew or
 * Arabic (the first strong character, as the Unicode bidi algorithm's
 * rules P2–P3 decide a paragraph's direction).
 */
export function isRightToLeft(text: string): boolean {
  const first = LETTER.exec(text);
  return first !== null && RTL_LETTER.test(first[0]);
}

interface Word {
  text: string;
  piece: Piece;
  x: number;
  width: number;
  /** Whether the word runs left to right (a Latin name or number inside Hebrew or Arabic text). */
  ltr: boolean;
}

/**
 * A line of a right-to-left paragraph, laid out right to left. fontkit
 * already draws each word's glyphs in visual order (it reverses Hebrew and
 * Arabic runs and joins Arabic letters), but the line breaker places words
 * left to right in reading order; here the words are placed from the right
 * edge instead, keeping the gaps the breaker chose, with runs of
 * left-to-right words (names, numbers) kept in their own order, as the
 * bidi algorithm's reordering would. One piece per word.
 */
export function rightToLeftLine(line: Line, width: number, fonts: FontSet, size: number): Line {
  const words = lineWords(line, fonts, size);
  if (words.length === 0) return line;
  const extent = Math.max(...words.map((w) => w.x + w.width));
  // A centred line stays centred; others end flush with the right margin, the first line's indent on the right.
  let cursor = (line.offset > 0 ? extent : width) - words[0]!.x;
  const gapAfter = (i: number): number => (i + 1 < words.length ? words[i + 1]!.x - words[i]!.x - words[i]!.width : 0);
  const pieces: Piece[] = [];
  for (let i = 0; i < words.length; ) {
    let end = i + 1;
    if (words[i]!.ltr) while (end < words.length && words[end]!.ltr) end++;
    const run = words.slice(i, end);
    const span = words[end - 1]!.x + words[end - 1]!.width - words[i]!.x;
    const start = cursor - span;
    for (const w of run) pieces.push({ text: w.ltr ? w.text : mirrorNeutral(w.text), face: w.piece.face, smallCaps: w.piece.smallCaps, x: start + (w.x - words[i]!.x), wordSpacing: 0 });
    cursor = start - gapAfter(end - 1);
    i = end;
  }
  return { ...line, pieces };
}

/** The words of a line with where the line breaker put them, in reading order. */
function lineWords(line: Line, fonts: FontSet, size: number): Word[] {
  const words: Word[] = [];
  for (const piece of line.pieces) {
    const space = (fonts.width(' ', piece.face, size) + piece.wordSpacing) * line.scale;
    let x = piece.x;
    for (const text of piece.text.split(' ')) {
      const width = fonts.width(text, piece.face, size, piece.smallCaps) * line.scale;
      if (text !== '') words.push({ text, piece, x, width, ltr: leftToRight(text) });
      x += width + space;
    }
  }
  return words;
}

const MIRRORED: Readonly<Record<string, string>> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«', '‹': '›', '›': '‹' };

/**
 * Punctuation cut off its word by a change of font (`?”` after a Hebrew word
 * set in the fallback font) is shaped left to right by fontkit, which sees no
 * right-to-left letter in it: reversed here, brackets mirrored, as the bidi
 * algorithm would. Words with letters or digits are left to fontkit.
 */
function mirrorNeutral(text: string): string {
  if (/[\p{L}\p{N}]/u.test(text)) return text;
  return [...text].reverse().map((c) => MIRRORED[c] ?? c).join('');
}

/** A word whose first letter is not Hebrew or Arabic; a word without letters (a number, a dash) is not a run of its own. */
function leftToRight(word: string): boolean {
  const first = LETTER.exec(word);
  return first !== null && !RTL_LETTER.test(first[0]);
}
