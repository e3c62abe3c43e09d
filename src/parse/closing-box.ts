import type { DiagnosticSink } from '../diagnostics.js';
import type { Manuscript } from '../model.js';
import type { Line } from './lines.js';
import { matchFieldLine } from './rules/fields.js';
import { isNameLike } from './rules/header-labels.js';
import { inlineText } from './inline.js';

/** Lines of the box over its author field: two or three of a few words each, no sentence. */
const isBoxLine = (t: string): boolean => {
  const rows = t.trim().split(/\s*\n\s*/);
  return rows.length <= 3 && rows.every((r) => r.split(/\s+/).length <= 5 && !/[.!?…"”]$/u.test(r));
};

/** Lines after the story's last words looked at for the page's closing box, at most. */
const BOX_LINES = 15;

/**
 * A blog's sidebar copied after the posts (`Um bloggið` / `Sögur úr sveitinni` / `Höfundur: NAME`, `About` /
 * `Author: NAME`): its author field is not the story's last paragraph but names the writer when the header does
 * not; and a "summary" that opens with a line the box repeats is the blog's name and tagline, not the story's.
 */
export function readClosingBox(lines: readonly Line[], m: Manuscript, sink: DiagnosticSink): void {
  const last = m.chapters.at(-1);
  if (!last) return;
  // The box's author field, left at the end of the last chapter when the box's other lines went as furniture.
  const tail = last.children.at(-1);
  const field = tail?.type === 'paragraph' ? matchFieldLine(inlineText(tail.children).trim()) : null;
  if (tail && field?.meta === 'author' && isNameLike(field.value)) {
    last.children.pop();
    // The box's heading and the blog's name straight above it (`About this blog` / `Tales from the Marsh`) go with it.
    let top = tail.position.start.line;
    for (let prev = last.children.at(-1); prev?.type === 'paragraph' && prev.position.end.line === top - 1 && isBoxLine(inlineText(prev.children)); prev = last.children.at(-1)) {
      top = prev.position.start.line;
      last.children.pop();
    }
    m.meta.author ??= field.value.trim();
    sink.info('closing-box-author', top, "the author field of the page's closing box (a blog's about box) is no part of the story; it names the author when the header does not", { endLine: tail.position.end.line });
  }
  const ends = [...last.children, ...last.notesAfter, ...m.notesAfter].map((b) => b.position.end.line);
  const box = lines.filter((l) => l.no > Math.max(0, ...ends) && !l.blank).slice(-BOX_LINES);
  const named = box.find((l) => l.trimmed.split(/\s+/).length >= 2 && m.meta.description?.startsWith(l.trimmed));
  if (named) {
    m.meta.description = null;
    sink.info('closing-box-blog', named.no, `"${named.trimmed}" is the blog's name, repeated in its closing box: the lines under it at the top are the blog's, not the story's summary`);
  }
}
