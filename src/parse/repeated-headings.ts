import type { DiagnosticSink } from '../diagnostics.js';
import type { Chapter } from '../model.js';

/**
 * A page that heads each chapter twice, bare and then with its title (Spirit Fanfics: `Capítulo 1` / `Notas do
 * Autor` / … / `Capítulo 1 - A chegada`): one chapter, whose notes are what stands between the two headings. The
 * first heading holds no text of its own and says the same number in the same part; a chapter with text, or another
 * number, is a chapter of its own.
 */
export function mergeRepeatedHeadings(chapters: Chapter[], sink: DiagnosticSink): void {
  for (let k = chapters.length - 2; k >= 0; k--) {
    const [bare, full] = [chapters[k]!, chapters[k + 1]!];
    const sameHeading = bare.number !== null && bare.number === full.number && bare.part === full.part && (bare.title === null || bare.title === full.title);
    if (!sameHeading || bare.children.some((b) => b.type === 'paragraph')) continue;
    full.notesBefore = [...bare.notesBefore, ...bare.notesAfter, ...full.notesBefore];
    full.position = { start: bare.position.start, end: full.position.end };
    chapters.splice(k, 1);
    sink.info('heading-repeated', bare.position.start.line, `"${bare.heading ?? ''}" heads the same chapter as the heading under it, with only notes between: one chapter`);
  }
}
