import type { DiagnosticSink } from '../../diagnostics.js';
import { inlineText } from '../inline.js';
import type { Manuscript } from '../../model.js';
import { fold } from './heading-marks.js';

/** A line wholly in parentheses over the story: the title's subtitle (`(Leyenda asturiana)`). */
const IN_PARENS = /^\(([^()]{1,80})\)$/u;

/**
 * Lines before the first chapter that say only the work's title or its author's name, once the page has
 * named them (a title page set in `<font>`s): the title page, not the story's words (`html-title-page-line`).
 * A line in parentheses opening what stands there is the title's subtitle (`html-subtitle`).
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
  const opening = m.front[0]?.title === null ? m.front[0].children[0] : undefined;
  const subtitle = opening?.type === 'paragraph' ? IN_PARENS.exec(inlineText(opening.children).trim()) : null;
  if (subtitle && m.meta.subtitle === null && m.chapters.length > 0) {
    m.meta.subtitle = subtitle[1]!.trim();
    m.front[0]!.children.shift();
    sink.info('html-subtitle', opening!.position.start.line, `"${subtitle[0]}" over the story is the title's subtitle`);
  }
  m.front = m.front.filter((s) => s.title !== null || s.children.length > 0);
}
