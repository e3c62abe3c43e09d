import type { DiagnosticSink } from '../diagnostics.js';
import { countWords } from '../model-text.js';
import { isClosingLine } from './rules/markers.js';
import { isPageTailAnchor } from './rules/body-boilerplate.js';
import { unitText, type Unit } from './units.js';

/** A paragraph this long is story, not a sign-off, a page's footer line or a reader's short comment. */
const STORY_WORDS = 20;

/**
 * A language's word for the end that also names a last chapter (Tagalog `Wakas`: the end, or the epilogue) closes the
 * story when it is the last heading and no paragraph of story follows it, only notes, a sign-off or the page's footer
 * (`-wakas-` over `Posted by …`); over paragraphs of story (`Wakas` / `Sa dulo ng ruta, …`) it heads the last chapter.
 */
export function closeOnEndingHeading(units: Unit[], sink: DiagnosticSink): void {
  const last = units.findLastIndex((u) => u.kind === 'heading');
  const u = units[last];
  if (!u?.heading || u.heading.number !== null || u.lines.length !== 1 || !isClosingLine(u.lines[0]!.trimmed)) return;
  // (From a page's furniture on, a comment box under its count, `Comments (2)`, all is the page's however long.)
  const after = units.slice(last + 1);
  const tail = after.findIndex((x) => x.kind === 'text' && x.lines.some((l) => isPageTailAnchor(l.trimmed)));
  if (after.slice(0, tail === -1 ? after.length : tail).some((x) => x.kind === 'text' && !x.note && countWords(unitText(x)) >= STORY_WORDS)) return;
  u.kind = 'ornament';
  u.label = u.lines[0]!.trimmed;
  delete u.heading;
  sink.info('heading-closing-line', u.lines[0]!.no, `"${u.label}" closes the story, with no story after it: a closing line, not a chapter`);
}
