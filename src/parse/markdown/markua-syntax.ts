import type { DiagnosticSink } from '../../diagnostics.js';

/**
 * Markua (Leanpub's Markdown) and kramdown's attribute lines, read as plain
 * CommonMark would not: `{frontmatter}` / `{mainmatter}` / `{backmatter}`
 * divisions, attribute lines alone (`{blurb, class: center}`,
 * `{: .centered}`), asides (`A> text`, `B>`, `W>`…, Markua's boxed
 * paragraphs), and `-# Part One`, Markua's part heading. Each line keeps its
 * number, so diagnostics still name the source line.
 */
const ATTRIBUTE_LINE = /^ {0,3}\{:?[^{}\n]*\}\s*$/;
const DIVISION = /^ {0,3}\{(frontmatter|mainmatter|backmatter)\}\s*$/;
/** Markua's asides and blurbs: a letter, `>`, and the paragraph's text, one such prefix a line. */
const ASIDE = /^( {0,3})[ABDEIQTWX]> ?/;
const PART_HEADING = /^( {0,3})-#(\s)/;

export function readMarkuaSyntax(source: string, sink: DiagnosticSink): string {
  // Only a file with a division or a part heading is Markua; kramdown's attribute lines alone are read anywhere.
  const markua = /^ {0,3}(?:\{(?:frontmatter|mainmatter|backmatter)\}|-#\s)/m.test(source);
  if (!markua && !/^ {0,3}\{:[^{}\n]*\}\s*$/m.test(source)) return source;
  const lines = source.split('\n');
  let back = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const division = DIVISION.exec(line);
    if (division && division[1] === 'backmatter' && back < 0) back = i;
    if (ATTRIBUTE_LINE.test(line)) lines[i] = '';
    else if (markua) lines[i] = line.replace(ASIDE, '$1> ').replace(PART_HEADING, '$1#$2');
  }
  if (back >= 0 && lines.slice(back).some((l) => l.trim() !== '')) {
    // The book's back matter (about the author, other books) follows the story; it is not part of it.
    sink.info('md-back-matter', back + 1, 'the back matter after {backmatter} left out of the story', { endLine: lines.length });
    for (let i = back; i < lines.length; i++) lines[i] = '';
  }
  return lines.join('\n');
}
