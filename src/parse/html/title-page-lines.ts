import type { DiagnosticSink } from '../../diagnostics.js';
import { inlineText } from '../inline.js';
import type { Manuscript } from '../../model.js';

const fold = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Lines before the first chapter that say only the work's title or its author's name, once the page has
 * named them (a library page's record box, a title page set in `<font>`s): the title page, not the story's
 * words (`html-title-page-line`).
 */
export function dropTitlePageLines(m: Manuscript, sink: DiagnosticSink): void {
  const names = new Set([m.meta.title, m.meta.author].filter((t): t is string => t !== null && t.trim() !== '').map(fold));
  if (names.size === 0) return;
  for (const section of m.front) {
    if (section.title !== null) continue;
    section.children = section.children.filter((b) => {
      if (b.type !== 'paragraph' || !names.has(fold(inlineText(b.children)))) return true;
      sink.info('html-title-page-line', b.position.start.line, `"${inlineText(b.children).trim()}" names the work or its author: title page, not story`);
      return false;
    });
  }
  m.front = m.front.filter((s) => s.title !== null || s.children.length > 0);
}
