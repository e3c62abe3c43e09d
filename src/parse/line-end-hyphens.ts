import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';

/**
 * Printed columns break words at a line's end with a hyphen (`ma weġ-` / `bitx.`, `Glocken-` / `gießer`); text
 * taken from them (OCR, pdftotext) keeps the break. A word split so, its second part opening the next line in lower
 * case, is one word again: the part moves up to the line above. The hyphen stays where the text writes the first
 * part with a hyphen elsewhere too (Maltese `il-` / `moll` as `il-lejla`, English `self-` / `evident`), and goes
 * otherwise. Only a text broken so twice or more is read this way: one such line may be a dash.
 */

/** A line ending in a word's first part and its hyphen: letters, then the hyphen, no space before it (`word--` is a dash). */
const SPLIT_END = /(?<=\s|^)(\p{L}(?:[\p{L}\p{M}'’-]*[\p{L}\p{M}])?-)$/u;
/** The next line's first word, in lower case, and what follows it. */
const NEXT_START = /^(\p{Ll}[\p{L}\p{M}'’]*[^\s]*)(?:\s+(.*))?$/u;
const MIN_SPLITS = 2;

export function joinLineEndHyphens(lines: Line[], sink: DiagnosticSink): void {
  const splits: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const t = lines[i]!.trimmed;
    // (The ending is looked at first: the pattern's look-behind is dear on every line of a long book.)
    if (t.endsWith('-') && !t.endsWith('--') && !lines[i + 1]!.blank && SPLIT_END.test(t) && NEXT_START.test(lines[i + 1]!.trimmed)) splits.push(i);
  }
  if (splits.length < MIN_SPLITS) return;
  // The first parts the text writes with their hyphen inside a line (`il-lejla`): prefixes, kept.
  const kept = new Set<string>();
  for (const l of lines) for (const m of l.trimmed.matchAll(/(?<![\p{L}\p{M}])(\p{L}[\p{L}\p{M}'’]*-)(?=\p{L})/gu)) kept.add(m[1]!.toLowerCase());
  let joins = 0;
  for (const i of splits) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    // A line the join before changed is read again.
    const end = SPLIT_END.exec(line.trimmed);
    const start = NEXT_START.exec(next.trimmed);
    if (!end || !start) continue;
    const first = end[1]!;
    const [, second = '', rest = ''] = start;
    const joined = kept.has(first.toLowerCase()) ? `${first}${second}` : `${first.slice(0, -1)}${second}`;
    const before = line.trimmed.slice(0, -first.length).trimEnd();
    // The word goes where a line is left with words of its own: up, or down when the next line is only its end.
    if (rest !== '') {
      lines[i] = withText(line, `${before}${before === '' ? '' : ' '}${joined}`);
      lines[i + 1] = withText(next, rest);
    } else if (before !== '') {
      lines[i] = withText(line, before);
      lines[i + 1] = withText(next, joined);
    } else continue;
    joins++;
  }
  if (joins > 0) sink.info('line-end-hyphen', lines[splits[0]!]!.no, `${joins} words split at a line's end with a hyphen read as one word`);
}

const withText = (line: Line, text: string): Line => ({ ...line, text: `${' '.repeat(line.indent)}${text}`, trimmed: text });
