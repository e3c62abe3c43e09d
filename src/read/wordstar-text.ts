/**
 * The text of a WordStar document-mode file (CP/M and DOS, 1978-1990s, often
 * renamed to `.txt`). WordStar keeps its formatting in the bytes of the text
 * itself: the high bit set on the last character of words and on the soft
 * carriage return (0x8D) that ends a wrapped line, soft spaces (0xA0) added by
 * justification, print controls (^B bold, ^S underline, ^Y italic...) around
 * words, and dot commands (`.pa`, `.he`, `..comment`) on lines of their own.
 * Read as any code page it is mojibake with control characters; read this way
 * it is ASCII text whose paragraphs are whole lines.
 */

/**
 * Print controls no text file has, so each is evidence and none is text: ^A/^N pitch, ^B bold, ^D double
 * strike, ^E/^Q/^R/^W custom, ^S underline, ^T superscript, ^V subscript, ^X strike-out, ^Y italic.
 */
const PRINT_TOGGLES = new Set([0x01, 0x02, 0x04, 0x05, 0x0e, 0x11, 0x12, 0x13, 0x14, 0x16, 0x17, 0x18, 0x19]);

/** Control bytes that do stand for text: ^O is a binding (no-break) space, ^I a tab, ^L a page break. */
const CONTROL_TEXT: Readonly<Record<number, string>> = { 0x0f: '\u00a0', 0x09: '\t', 0x0c: '\f' };

/** A soft return, an extended character or a print control, in the bytes read as Latin-1. */
const MARK = new RegExp(String.raw`\x8d\n|\x1b[\s\S]\x1c|[` + [...PRINT_TOGGLES].map((b) => String.raw`\x` + b.toString(16).padStart(2, '0')).join('') + ']');

const SOFT_RETURN = 0x8d;
const SOFT_SPACE = 0xa0;
const SOFT_HYPHEN = 0x1f;
const LF = 0x0a;
/** A line feed with the high bit: a page break. */
const PAGE_FEED = 0x8a;
const CR = 0x0d;
/** WordStar 3.4 and later write a character outside 7-bit ASCII as ESC, its IBM PC code, FS. */
const EXTENDED_LEAD = 0x1b;
const EXTENDED_TRAIL = 0x1c;

/** A dot command: `..` comment or two letters at the start of a line. */
const DOT_COMMAND = /^\.(?:\.|[a-z]{2}(?![a-z]))/i;
/** Dot commands that break the page: a paragraph ends there. */
const PAGE_BREAK = /^\.(?:pa|cp)/i;

const isSpace = (b: number | undefined): boolean => b === undefined || b === 0x20 || b === SOFT_SPACE || b === CR || b === SOFT_RETURN || b === LF || b === PAGE_FEED || b === 0x09;
const isExtended = (bytes: Uint8Array, i: number): boolean => bytes[i] === EXTENDED_LEAD && bytes[i + 2] === EXTENDED_TRAIL;

interface Evidence {
  /** Bytes only WordStar writes: soft returns before a line feed, extended characters and print controls. */
  marks: number;
  /** High bytes that fit WordStar: a character ending a word, a soft space. */
  fitting: number;
  /** High bytes WordStar never writes: a character with the high bit inside a word, a control. */
  contrary: number;
  dotCommands: number;
}

function weigh(bytes: Uint8Array): Evidence {
  const e: Evidence = { marks: 0, fitting: 0, contrary: 0, dotCommands: 0 };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (isExtended(bytes, i)) {
      e.marks++;
      i += 2;
    } else if (b === SOFT_RETURN) {
      if (bytes[i + 1] === LF) e.marks++;
      else e.contrary++;
    } else if (PRINT_TOGGLES.has(b)) e.marks++;
    else if (b === SOFT_SPACE || b === PAGE_FEED) e.fitting++;
    else if (b >= 0x80) {
      const low = b & 0x7f;
      if (low === SOFT_HYPHEN || (low > 0x20 && low < 0x7f && isSpace(bytes[i + 1]))) e.fitting++;
      else e.contrary++;
    }
    if (b === 0x2e && (i === 0 || bytes[i - 1] === LF)) {
      const line = String.fromCharCode(...bytes.subarray(i, i + 3));
      if (DOT_COMMAND.test(line)) e.dotCommands++;
    }
  }
  return e;
}

/**
 * Whether bytes that are not UTF-8 (or are ASCII with control characters)
 * are a WordStar document: its own marks in numbers, and next to none of the
 * high bytes a code page's letters would leave.
 */
export function isWordStar(bytes: Uint8Array): boolean {
  // Most files have no mark at all: a regular expression over the bytes says so faster than counting them.
  if (!MARK.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'))) return false;
  const e = weigh(bytes);
  if (e.marks < 2) return false;
  if (e.marks + e.dotCommands < 4) return false;
  return e.contrary * 10 <= e.marks + e.fitting;
}

export interface WordStarText {
  text: string;
  dotCommands: number;
}

/**
 * The text of a WordStar document: soft returns joined, soft spaces and print
 * controls out, dot commands dropped; `extended` reads the IBM PC code of a
 * character written as ESC, code, FS.
 */
export function wordStarToText(bytes: Uint8Array, extended: (code: number) => string): WordStarText {
  const lines: string[] = [];
  let dotCommands = 0;
  let paragraph: string | null = null;
  for (let start = 0; start < bytes.length; ) {
    const end = lineEnd(bytes, start);
    let last = end;
    while (last > start && (bytes[last - 1] === CR || bytes[last - 1] === SOFT_RETURN)) last--;
    const soft = bytes.subarray(last, end).includes(SOFT_RETURN);
    const raw = bytes.subarray(start, last);
    start = end + 1;
    if (paragraph === null && raw[0] === 0x2e) {
      const head = String.fromCharCode(...raw.subarray(0, 3));
      if (DOT_COMMAND.test(head)) {
        dotCommands++;
        if (PAGE_BREAK.test(head)) lines.push('');
        continue;
      }
    }
    const text = lineText(raw, extended);
    paragraph = paragraph === null ? text : joinSoft(paragraph, text.trimStart());
    if (!soft) {
      lines.push(hardEnd(paragraph));
      paragraph = null;
    }
    if (bytes[end] === PAGE_FEED) lines.push('');
  }
  if (paragraph !== null) lines.push(hardEnd(paragraph));
  const text = lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
  return { text: `${text}\n`, dotCommands };
}

/** Where the line from `start` ends: a line feed, with or without the high bit, or the end of the file. */
function lineEnd(bytes: Uint8Array, start: number): number {
  for (let i = start; i < bytes.length; i++) if (bytes[i] === LF || bytes[i] === PAGE_FEED) return i;
  return bytes.length;
}

/** A soft hyphen left at the end of a paragraph's last line is printed, as a hyphen. */
const hardEnd = (line: string): string => line.replace(/\u00ad$/, '-');

/** A wrapped line joins the next with a space, or with nothing after a soft hyphen. */
function joinSoft(before: string, after: string): string {
  return before.endsWith('\u00ad') ? before.slice(0, -1) + after : `${before} ${after}`;
}

/** One physical line, its end trimmed: high bits cleared, soft spaces beside a space dropped, controls out. */
function lineText(raw: Uint8Array, extended: (code: number) => string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i]!;
    if (isExtended(raw, i)) {
      out += extended(raw[i + 1]!);
      i += 2;
      continue;
    }
    if (b === SOFT_SPACE) {
      const next = raw[i + 1];
      if (!out.endsWith(' ') && next !== 0x20 && next !== SOFT_SPACE && next !== undefined) out += ' ';
      continue;
    }
    const c = b & 0x7f;
    if (c === SOFT_HYPHEN) out += '\u00ad';
    else if (c < 0x20 || c === 0x7f) out += CONTROL_TEXT[c] ?? '';
    else out += String.fromCharCode(c);
  }
  // A soft hyphen shows only where the line wraps: the last one is kept as U+00AD until the join decides.
  return out.trimEnd().replace(/\u00ad(?=.)/g, '');
}
