import type { DiagnosticSink } from '../diagnostics.js';
import type { Manuscript, Paragraph } from '../model.js';
import { inlineText } from './inline.js';

/** What may follow a contributor's bio and still be the magazine's: a copyright line, a call for letters. */
const AFTER_BIO_WORDS = 30;

/**
 * A magazine or anthology closes a piece with its writer's bio after a last break: `* * *` / `Isla Tulloch grew up
 * on Shetland …`. A paragraph there that opens on the author's full name speaks of the writer, not the story; the
 * short lines the magazine sets under it (`(c) 1994 Dolores Finch…`, `LETTERS OF COMMENT: …`) go with it.
 */
export function dropContributorBio(m: Manuscript, sink: DiagnosticSink): void {
  const author = m.meta.author;
  const last = m.chapters[m.chapters.length - 1];
  if (!author || author.split(/\s+/).length < 2 || !last) return;
  const children = last.children;
  const paragraphs = children.flatMap((b, k) => (b.type === 'paragraph' ? [k] : [])).slice(-3);
  const at = paragraphs.find((k) => {
    const text = inlineText((children[k] as Paragraph).children);
    return children[k - 1]?.type === 'sceneBreak' && text.startsWith(`${author} `) && text.split(/\s+/).length >= 8;
  });
  if (at === undefined) return;
  const tail = children.slice(at);
  const after = tail.slice(1).filter((b) => b.type !== 'sceneBreak');
  if (after.length > 2 || !after.every((b) => b.type === 'paragraph' && inlineText(b.children).split(/\s+/).length <= AFTER_BIO_WORDS)) return;
  last.children = children.slice(0, at - 1);
  const text = inlineText((children[at] as Paragraph).children);
  sink.info('contributor-bio', children[at]!.position.start.line, `the paragraph on the writer after the last break ("${text.slice(0, 40)}…") is the contributor's bio, left out of the body`, { endLine: tail[tail.length - 1]!.position.end.line });
}
