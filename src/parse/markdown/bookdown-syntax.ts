import type { DiagnosticSink } from '../../diagnostics.js';
import { matchNoteLabel } from '../rules/notes.js';

/**
 * bookdown's (R Markdown's) syntax, read as plain CommonMark would not: knitr code chunks
 * (```` ```{r setup} ````… ```` ``` ````), which compute figures and are never story text; a line that is only
 * an inline R expression (`` `r …` ``); and `# (PART) Part One {-}`, an H1 that bookdown makes a part over
 * the H1 chapters after it. An unnumbered section before the story headed by a note label (`# Author's Note {-}`)
 * is the author's opening note, so it is read as a quoted note. Each line keeps its number, so diagnostics still name the source line.
 */
const CHUNK_OPEN = /^ {0,3}(`{3,})\s*\{[A-Za-z][\w.]*(?:[\s,][^}]*)?\}\s*$/;
const INLINE_R = /^\s*`r [^`]*`\s*$/;
/** `(PART)`, `(PART\*)` (an unnumbered part) and `(APPENDIX)`. */
const PART = /^( {0,3}#\s+)\((?:PART|APPENDIX)(?:\\?\*)?\)\s+/;
const UNNUMBERED = /^ {0,3}#{1,6}\s+(.*?)\s+\{(?:-|\.unnumbered)\}\s*$/;
const HEADING = /^ {0,3}#{1,6}\s/;

export function readBookdownSyntax(source: string, sink: DiagnosticSink): string {
  // Evidence of knitr itself, never a file name: a chunk with an engine (```{r}) or a (PART) heading.
  if (!/^ {0,3}`{3,}\s*\{[A-Za-z][\w.]*(?:[\s,][^}]*)?\}\s*$|^ {0,3}#\s+\(PART(?:\\?\*)?\)\s/m.test(source)) return source;
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = CHUNK_OPEN.exec(lines[i]!);
    if (open) {
      const fence = open[1]!;
      let end = i + 1;
      while (end < lines.length && !new RegExp(`^ {0,3}${fence}\`*\\s*$`).test(lines[end]!)) end++;
      sink.info('md-code-chunk', i + 1, 'knitr code chunk left out: it computes the book, it is not story text', { endLine: Math.min(end, lines.length - 1) + 1 });
      for (let k = i; k <= end && k < lines.length; k++) lines[k] = '';
      i = end;
      continue;
    }
    if (INLINE_R.test(lines[i]!)) {
      sink.info('md-code-chunk', i + 1, 'inline R expression left out');
      lines[i] = '';
      continue;
    }
  }
  openingNote(lines, sink);
  partsOverChapters(lines);
  return lines.join('\n');
}

/**
 * bookdown writes parts and chapters both as `#`; Markdown's sectioning knows parts as the level above the
 * chapters. So in a book with a `(PART)` heading every other heading goes one level down and each part heading
 * stays `#` without its marker: a part titled `Interlude` is a part as surely as `Part One` is.
 */
function partsOverChapters(lines: string[]): void {
  if (!lines.some((l) => PART.test(l))) return;
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f && (fence === null || f[1]!.startsWith(fence))) {
      fence = fence === null ? f[1]! : null;
      continue;
    }
    if (fence !== null) continue;
    if (PART.test(line)) lines[i] = line.replace(PART, '$1');
    else if (/^ {0,3}#{1,5}\s/.test(line)) lines[i] = line.replace(/#/, '##');
  }
}

/** `# Author's Note {-}` and its paragraphs, when it is the first heading, as `> Author's Note: …`. */
function openingNote(lines: string[], sink: DiagnosticSink): void {
  const at = lines.findIndex((l) => HEADING.test(l));
  const heading = at < 0 ? null : UNNUMBERED.exec(lines[at]!);
  if (!heading || matchNoteLabel(`${heading[1]}:`) === null) return;
  let end = at + 1;
  while (end < lines.length && !HEADING.test(lines[end]!)) end++;
  while (end > at + 1 && lines[end - 1]!.trim() === '') end--;
  sink.info('md-note-section', at + 1, `the unnumbered section "${heading[1]}" before the story read as the author's note`);
  lines[at] = `> ${heading[1]}:`;
  for (let k = at + 1; k < end; k++) lines[k] = lines[k]!.trim() === '' ? '>' : `> ${lines[k]}`;
}
