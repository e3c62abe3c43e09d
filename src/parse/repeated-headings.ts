import type { DiagnosticSink } from '../diagnostics.js';
import type { Chapter } from '../model.js';
import { matchDateLine } from './rules/dates.js';

/**
 * A page that heads each chapter twice, bare and then with its title (Spirit Fanfics: `Capítulo 1` / `Notas do
 * Autor` / … / `Capítulo 1 - A chegada`): one chapter, whose notes are what stands between the two headings. The
 * first heading holds no text of its own and says the same number in the same part; a chapter with text, or another
 * number, is a chapter of its own. A post's date straight over a chapter's heading is the post's stamp.
 */
export function mergeRepeatedHeadings(chapters: Chapter[], sink: DiagnosticSink): void {
  for (let k = chapters.length - 2; k >= 0; k--) {
    const [bare, full] = [chapters[k]!, chapters[k + 1]!];
    // A post's date over its own chapter heading (`Tuesday, 3 March 2015` / `The Haar Kist — Chaipter Ane: The Kist`) is the post's stamp.
    const empty = bare.children.length === 0 && bare.notesBefore.length + bare.notesAfter.length === 0;
    if (empty && bare.number === null && bare.heading !== null && full.heading !== null && matchDateLine(bare.heading) !== null && matchDateLine(full.heading) === null) {
      chapters.splice(k, 1);
      sink.info('heading-post-stamp', bare.position.start.line, `"${bare.heading}" stands over the chapter heading under it with nothing between: the post's date, not a chapter`);
      continue;
    }
    const sameHeading = bare.number !== null && bare.number === full.number && bare.part === full.part && (bare.title === null || bare.title === full.title);
    if (!sameHeading || bare.children.some((b) => b.type === 'paragraph')) continue;
    full.notesBefore = [...bare.notesBefore, ...bare.notesAfter, ...full.notesBefore];
    // (Whatever else stood between the headings, a break or an ornament, stays with the chapter.)
    full.children = [...bare.children, ...full.children];
    full.position = { start: bare.position.start, end: full.position.end };
    chapters.splice(k, 1);
    sink.info('heading-repeated', bare.position.start.line, `"${bare.heading ?? ''}" heads the same chapter as the heading under it, with only notes between: one chapter`);
  }
}
