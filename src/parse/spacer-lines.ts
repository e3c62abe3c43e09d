import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';

/**
 * Apps that drop blank lines from a caption or a post (Instagram, TikTok, some chat apps) teach their writers to part
 * paragraphs with a line holding one dot, or an invisible character (the braille blank `⠀`, the Hangul filler `ㅤ`).
 * Such a line is a blank line: invisible ones always, dots when the text parts its paragraphs with them.
 */

/** Characters that print nothing but are no white space to JavaScript's `\s`. */
const INVISIBLE = /^[\u2800\u3164\u115f\u1160\uffa0\u200b\u2063]+$/u;
/** One full stop alone (a middle dot or bullet alone is a separator in a card: Reddit's `NAME` / `•` / `3h`). */
const DOT = /^\.$/u;
/** Dot lines before they are read as spacers: a text with one or two is a text with a stray dot. */
const MIN_DOTS = 3;

export function blankSpacerLines(lines: Line[], sink: DiagnosticSink): void {
  const dots: number[] = [];
  let first = -1;
  let count = 0;
  const blank = (i: number): void => {
    lines[i] = { ...lines[i]!, text: '', trimmed: '', indent: 0, blank: true };
    if (first === -1) first = i;
    count++;
  };
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trimmed;
    if (t.length > 8) continue;
    if (INVISIBLE.test(t)) blank(i);
    else if (DOT.test(t)) dots.push(i);
  }
  // (Dots that part paragraphs stand between lines of text, not in blank space as an ornament does.)
  const parting = dots.filter((i) => lines[i - 1]?.blank === false || lines[i + 1]?.blank === false);
  if (dots.length >= MIN_DOTS && parting.length * 2 >= dots.length) for (const i of dots) blank(i);
  else stackVerticalDots(lines, dots, sink);
  if (count > 0) sink.info('spacer-lines', lines[first]!.no, `${count} line${count > 1 ? 's' : ''} holding only a dot or an invisible character read as blank lines (an app's paragraph spacers)`);
}

/**
 * Dots set one above another in blank space (`.` / `.` / `.`, each on its own line) are an ellipsis drawn down the
 * page: Indonesian and Filipino fan fiction parts a note from the story, and one scene from the next, so. The stack is
 * one separator, written as the spaced dots (`. . .`) every other rule reads as drawn.
 */
function stackVerticalDots(lines: Line[], dots: readonly number[], sink: DiagnosticSink): void {
  const apart = (i: number): boolean => lines[i - 1]?.blank !== false && lines[i + 1]?.blank !== false;
  for (let k = 0; k < dots.length; ) {
    let end = k;
    while (end + 1 < dots.length && apart(dots[end + 1]!) && dots[end + 1]! - dots[end]! <= 3 && lines.slice(dots[end]! + 1, dots[end + 1]!).every((l) => l.blank)) end++;
    if (end > k && dots.slice(k, end + 1).every(apart)) {
      const first = dots[k]!;
      lines[first] = { ...lines[first]!, text: '. . .', trimmed: '. . .' };
      for (const i of dots.slice(k + 1, end + 1)) lines[i] = { ...lines[i]!, text: '', trimmed: '', indent: 0, blank: true };
      sink.info('vertical-dots', lines[first]!.no, `${end - k + 1} lines of one dot each, set one above another, read as one separator`);
    }
    k = end + 1;
  }
}
