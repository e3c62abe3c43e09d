import type { DiagnosticSink } from '../../diagnostics.js';
import { isElement, type XmlElement } from '../xml/xml-tree.js';

/**
 * ALTO (the Library of Congress's layout XML that newspaper and book scans are OCR'd into: Chronicling America,
 * Europeana, the national libraries' newspaper archives) keeps the words only as `<String CONTENT="…">` in
 * `<TextLine>`s of `<TextBlock>`s, a block a paragraph or a display line, with their places on the page. Written
 * out as the text a reader sees, a block a paragraph and a line a line, a word hyphenated across two lines once
 * whole (its halves `HypPart1` and `HypPart2` both carry it in `SUBS_CONTENT`): the plain-text reader then
 * finds the running head, the title, the chapters and the breaks as it does in any scan's text.
 */

/** The blocks of the page in the order ALTO gives them, which is reading order. */
function textBlocks(el: XmlElement, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (localName(c) === 'TextBlock') out.push(c);
    else textBlocks(c, out);
  }
  return out;
}

const localName = (el: XmlElement): string => el.name.replace(/^.*:/, '');

/** A line's words, each hyphenated word once, whole. */
function lineText(line: XmlElement): string {
  const words: string[] = [];
  for (const c of line.children) {
    if (!isElement(c) || localName(c) !== 'String') continue;
    const part = c.attrs.SUBS_TYPE ?? '';
    if (part === 'HypPart2') continue;
    words.push(part === 'HypPart1' && c.attrs.SUBS_CONTENT ? c.attrs.SUBS_CONTENT : (c.attrs.CONTENT ?? ''));
  }
  return words.filter((w) => w !== '').join(' ');
}

/** The page as plain text, or null when the root is no ALTO document. */
export function altoText(root: XmlElement, sink: DiagnosticSink): string | null {
  if (localName(root) !== 'alto') return null;
  const blocks = textBlocks(root)
    .map((b) => b.children.filter(isElement).filter((l) => localName(l) === 'TextLine').map(lineText).filter((l) => l !== ''))
    .filter((lines) => lines.length > 0);
  if (blocks.length === 0) return null;
  sink.info('xml-alto', root.line, `read as ALTO OCR: ${blocks.length} text block(s) written out as paragraphs, hyphenated words joined, the page's coordinates and styles left out`);
  return blocks.map((lines) => lines.join('\n')).join('\n\n');
}
