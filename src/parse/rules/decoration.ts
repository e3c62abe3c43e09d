import { alternation, LANGUAGES } from './languages/index.js';

/** Characters people draw around headings, markers and ornaments. */
const DECORATION = '~=*#_+<>|•·◇◆❖§†‡°◦○●✦✧★☆♦♥❀✿〜～\\-–—―−－' +
  // Symbols, dingbats and emoji people draw around headings (`✨ Title ✨`, `⋆⋅☆⋅⋆`, `🌙🌙🌙`, the wavy dash's `〰️ Beşa Yekem 〰️`).
  '\\u3030\\u303D\\u2042\\u203B\\u22C5\\u22C6\\u25A0-\\u25FF\\u2600-\\u27BF\\u2B50\\u2B55\\uFE0F\\u200D\\u{1F300}-\\u{1FAFF}';
const EDGE_CHAR = new RegExp(`^[\\s${DECORATION}]$`, 'u');
const ONLY_DECORATION = new RegExp(`^[\\s${DECORATION}]+$`, 'u');

/** Whether one code point is decoration; `<` and `>` only when `angles`. */
function isEdge(ch: string, angles: boolean): boolean {
  return (angles || (ch !== '<' && ch !== '>')) && EDGE_CHAR.test(ch);
}

/** The text between the runs of decoration at both ends, scanned by code point rather than by an end-anchored regex, which backtracks over every space of a long line. */
function strip(text: string, angles: boolean): string {
  let start = 0;
  while (start < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(start) ?? 0);
    if (!isEdge(ch, angles)) break;
    start += ch.length;
  }
  let end = text.length;
  while (end > start) {
    const low = text.charCodeAt(end - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && end - 2 >= start ? 2 : 1;
    if (!isEdge(text.slice(end - width, end), angles)) break;
    end -= width;
  }
  return text.slice(start, end);
}

export interface Undecorated {
  inner: string;
  /** Drawn on both sides with something other than a single `*` or `_` (which is emphasis). */
  decorated: boolean;
}

/** Colons doubled round a line (`:: Lucia ::`) draw it; a single colon is punctuation (`Notes:`), so it is no edge of its own. */
const COLON_DRAWN = /^:{2,}\s*([^:\s](?:.*[^:\s])?)\s*:{2,}$/u;

export function undecorate(trimmed: string): Undecorated {
  const colons = COLON_DRAWN.exec(trimmed);
  if (colons) return { inner: strip(colons[1]!, true) || colons[1]!, decorated: true };
  let inner = strip(trimmed, true);
  if (inner === trimmed) return { inner, decorated: false };
  // In text that holds markup an edge `>` closes a tag (`</script>`): angle brackets are not decoration there.
  if (inner.includes('<') || inner.includes('>')) inner = strip(trimmed, false);
  if (inner === trimmed || inner === '') return { inner, decorated: false };
  const start = trimmed.indexOf(inner);
  const left = trimmed.slice(0, start).trim();
  const right = trimmed.slice(start + inner.length).trim();
  const strong = (side: string): boolean => side.length >= 2 || /[^*_]/.test(side);
  return { inner, decorated: left !== '' && right !== '' && strong(left) && strong(right) };
}

/** Whether the text starts or ends with decoration (or a space): the cheap test before `undecorate`. */
export function hasDrawnEdge(text: string): boolean {
  if (text === '') return false;
  const last = text.charCodeAt(text.length - 1) >= 0xdc00 && text.charCodeAt(text.length - 1) <= 0xdfff ? text.slice(-2) : text.slice(-1);
  return isEdge(String.fromCodePoint(text.codePointAt(0) ?? 0), true) || isEdge(last, true);
}

export function isOnlyDecoration(trimmed: string): boolean {
  return ONLY_DECORATION.test(trimmed);
}

/**
 * A wiki's edit link after a section heading copied from the page, in the languages' words: `Prologue[edit]`,
 * `Kapitel 1[Bearbeiten | Quelltext bearbeiten]`, `१[संपादित करें]`.
 */
export const WIKI_EDIT = new RegExp(`\\s*\\[(?:${alternation(LANGUAGES.flatMap((l) => l.wiki?.edit ?? []))})(?:\\s*\\|\\s*[^\\]]{1,30})?\\]$`, 'iu');
