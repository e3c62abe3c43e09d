import type { ElementContent } from 'hast';
import type { DiagnosticSink } from '../../diagnostics.js';
import type { Paragraph, Position, StoryMeta } from '../../model.js';
import { inlineText } from '../inline.js';
import { classify, HtmlReadState, walk } from '../html/hast-blocks.js';
import { findFirst } from '../html/hast-query.js';
import { readHtml } from '../html/read-html.js';
import type { MdBlock } from '../markdown/mdast-blocks.js';
import { at, labelledNote } from '../markup/markup-blocks.js';
import { readMediaWiki } from '../markup/mediawiki.js';

/**
 * Text a structured source holds as a value rather than as elements: HTML (an RSS item's `content:encoded`, an
 * ENEX note's `content`, a JSON `content_html`), wikitext (a MediaWiki export's `<text>`) or plain text with
 * paragraphs on their own lines (an OPML `_note`, a JSON `content`). Each goes to the reader quire already has
 * for it; the blocks' lines are moved to where the value starts in the file.
 */

const shift = (p: Position, by: number): Position => ({ start: { ...p.start, line: p.start.line + by }, end: { ...p.end, line: p.end.line + by } });

/** A content warning over a post (`Content note: …`, `CW: …`): a header field in a text's header, the author's note over a chapter. */
const CONTENT_WARNING = /^(?:content|trigger)\s+(?:notes?|warnings?)\s*:|^(?:cw|tw)\s*:/i;

/** A paragraph as the note its opening label makes it (`A/N: …`, `Content note: …`), or as it is. */
export function noteOrParagraph(p: Paragraph, sink: DiagnosticSink): MdBlock {
  const { start, end } = p.position;
  const note = labelledNote(null, [p], start.line, end.line, 'paragraph', sink);
  if (note !== null) return note;
  const text = inlineText(p.children).trim();
  const warning = CONTENT_WARNING.exec(text);
  if (warning === null) return p;
  sink.info('structured-content-note', start.line, 'a content warning over the text read as the author\'s note');
  return { type: 'note', label: warning[0].replace(/\s*:$/, ''), place: 'inline', children: [p], position: p.position };
}

/** Blocks with their lines moved by `by`, and a paragraph that opens with a note label made that note. */
function placed(blocks: readonly MdBlock[], by: number, sink: DiagnosticSink): MdBlock[] {
  return blocks.map((b) => {
    const moved = { ...b, position: shift(b.position, by) } as MdBlock;
    return moved.type === 'paragraph' ? noteOrParagraph(moved, sink) : moved;
  });
}

/** HTML to blocks by the HTML reader's own conversion (hast-blocks.ts), as a page's body would be read. */
export function htmlBlocks(html: string, line: number, sink: DiagnosticSink): MdBlock[] {
  // ENEX wraps its note in `<?xml …?><!DOCTYPE en-note …><en-note>`: the HTML parser reads the element's content as a body's.
  const tree = readHtml(html.replace(/<\?xml[^>]*\?>|<!DOCTYPE[^>]*>/gi, ''));
  const body = findFirst(tree, (e) => e.tagName === 'body') ?? tree;
  const state = new HtmlReadState(sink);
  const blocks = placed(walk(body.children as ElementContent[], state), line - 1, sink);
  state.report();
  return blocks;
}

/** Plain text to paragraphs, split at blank lines (or at every line when it has none); a labelled one is a note. */
export function plainBlocks(text: string, line: number, sink: DiagnosticSink): MdBlock[] {
  const parts = /\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split('\n');
  const blocks = parts
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .map((p) => classify([{ type: 'text', value: p }], at(1)));
  return placed(blocks, line - 1, sink);
}

/** A value that is HTML (its paragraphs in tags) rather than text. */
export const looksLikeHtml = (text: string): boolean => /<(?:p|div|br|hr|em|i|strong|b)\b[^>]*\/?>/i.test(text);

const hasWords = (s: string | null): s is string => s !== null && /\p{L}/u.test(s);

/**
 * Wikitext to blocks by the MediaWiki reader: its header template's metadata (Wikisource's `{{header}}`), and
 * the `section` it names as the page's heading (`Chapter I. The Light`).
 */
export function wikitextBlocks(text: string, line: number, sink: DiagnosticSink): { meta: StoryMeta; section: string | null; blocks: MdBlock[] } {
  const read = readMediaWiki(text.replace(/\r\n?/g, '\n'), sink);
  const section = read.meta.fields.section ?? null;
  delete read.meta.fields.section;
  // A subpage's header names its work by a relative link (`title = [[../]]`): no title.
  if (!hasWords(read.meta.title)) read.meta.title = null;
  if (!hasWords(read.meta.author)) read.meta.author = null;
  const blocks = placed(read.blocks, line - 1, sink).filter((b) => b.type !== 'paragraph' || inlineText(b.children).trim() !== '');
  return { meta: read.meta, section: hasWords(section) ? section : null, blocks };
}
