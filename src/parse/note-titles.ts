import type { DiagnosticSink } from '../diagnostics.js';
import type { Manuscript } from '../model.js';
import { inlineText } from './inline.js';
import { workNamedIn } from './rules/header-labels.js';

/**
 * A story whose header names nothing may be named in its opening note (a blog's intro post: `a/n: ok so im writin
 * a story its called ~*The Girl On The Bus*~ by shannon_xo`): the work named there, set off in quotes or marks, is
 * the title, and the writer after its by-word the author.
 */
export function titleFromOpeningNote(m: Manuscript, sink: DiagnosticSink): void {
  if (m.meta.title !== null) return;
  for (const note of [...m.notesBefore, ...(m.chapters[0]?.notesBefore ?? [])]) {
    for (const p of note.children) {
      const named = workNamedIn(inlineText(p.children));
      if (!named) continue;
      m.meta.title = named.title;
      m.meta.author ??= named.author;
      sink.info('note-names-work', p.position.start.line, `title${named.author !== null ? ' and author' : ''} taken from the note that names the work`);
      return;
    }
  }
}
