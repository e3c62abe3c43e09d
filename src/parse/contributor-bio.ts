import type { DiagnosticSink } from '../diagnostics.js';
import type { Manuscript } from '../model.js';
import { inlineText } from './inline.js';

/**
 * A magazine or anthology closes a piece with its writer's bio after a last break: `* * *` / `Isla Tulloch grew up
 * on Shetland …`. A paragraph there that opens on the author's full name speaks of the writer, not the story.
 */
export function dropContributorBio(m: Manuscript, sink: DiagnosticSink): void {
  const author = m.meta.author;
  const last = m.chapters[m.chapters.length - 1];
  if (!author || author.split(/\s+/).length < 2 || !last) return;
  const children = last.children;
  const brk = children.map((b) => b.type).lastIndexOf('sceneBreak');
  if (brk < 1 || children.length - brk - 1 > 2) return;
  const tail = children.slice(brk + 1);
  const first = tail[0];
  if (!first || first.type !== 'paragraph' || !tail.every((b) => b.type === 'paragraph')) return;
  const text = inlineText(first.children);
  if (!text.startsWith(`${author} `) || text.split(/\s+/).length < 8) return;
  last.children = children.slice(0, brk);
  sink.info('contributor-bio', first.position.start.line, `the paragraph on the writer after the last break ("${text.slice(0, 40)}…") is the contributor's bio, left out of the body`, { endLine: tail[tail.length - 1]!.position.end.line });
}
